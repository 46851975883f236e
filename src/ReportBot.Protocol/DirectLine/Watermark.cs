using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Protocol.DirectLine;

/// <summary>The <c>watermark</c> query value: a sequence number as a string; absent or empty means "from the start".</summary>
internal static class Watermark
{
    public static bool TryRead(HttpRequest request, out long watermark)
    {
        var value = request.Query["watermark"].ToString();
        watermark = 0;
        return string.IsNullOrEmpty(value)
            || (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }

    public static Task RefuseAsync(HttpContext http) =>
        DirectLineErrors.WriteAsync(http, StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, "The watermark must be a number taken from an earlier answer.");
}
