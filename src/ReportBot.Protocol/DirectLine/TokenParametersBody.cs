using Microsoft.AspNetCore.Http;

namespace ReportBot.Protocol.DirectLine;

/// <summary>Reads the optional TokenParameters body of token and start routes, answering 400/413/415 itself.</summary>
internal static class TokenParametersBody
{
    private const int MaxLocaleLength = 64;

    public static async Task<ParametersResult> ReadAsync(HttpContext http)
    {
        var read = await JsonBody.ReadAsync(http.Request, TokenEndpoints.MaxParametersBytes, allowEmptyWithoutContentType: true, http.RequestAborted).ConfigureAwait(false);
        if (read.Body is null)
        {
            await read.RefuseAsync(http).ConfigureAwait(false);
            return ParametersResult.Failed;
        }

        var parameters = BodyParser.Parameters(read.Body, out var problem);
        var user = problem is null ? ConversationUser.FromParameters(parameters?.User, out problem) : null;
        var locale = parameters?.Locale?.Trim();
        if (problem is null && locale is not null && (locale.Length > MaxLocaleLength || locale.Any(char.IsControl)))
        {
            problem = $"locale must be a language tag of at most {MaxLocaleLength} characters.";
        }

        if (problem is not null)
        {
            await DirectLineErrors.WriteAsync(http, StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, problem).ConfigureAwait(false);
            return ParametersResult.Failed;
        }

        return new ParametersResult(true, user, string.IsNullOrEmpty(locale) ? null : locale);
    }
}

/// <summary>TokenParameters, read: the user (given or random) and the locale, or a failure already answered.</summary>
internal sealed record ParametersResult(bool Ok, ConversationUser? User, string? Locale)
{
    public static ParametersResult Failed { get; } = new(false, null, null);
}
