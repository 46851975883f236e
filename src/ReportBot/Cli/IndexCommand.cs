using Microsoft.Extensions.Configuration;

namespace ReportBot.Cli;

/// <summary><c>index</c>: rebuilds the index beside the current one and swaps it in.</summary>
internal static class IndexCommand
{
    public static async Task<int> RunAsync(CommandLine line, IConfiguration configuration, TextWriter output)
    {
        line.RejectUnknown("data");
        var store = Commands.Store(line, configuration);
        var result = store.Build();
        await output.WriteLineAsync(
            $"Indexed {result.Manifest.Documents} document(s), {result.Manifest.Passages} passages in {result.Elapsed.TotalMilliseconds:F0} ms → {Path.GetRelativePath(Directory.GetCurrentDirectory(), result.GenerationPath)}");
        return 0;
    }
}
