using Microsoft.Extensions.Options;
using ReportBot.Search.Indexing;

namespace ReportBot.Hosting;

internal static class HostRunner
{
    /// <summary>Runs the host; a data or settings error at start is printed plainly (exit code 1) rather than as a stack trace.</summary>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is DataDirectoryException or ReportDataException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}
