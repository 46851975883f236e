using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using ReportBot.Hosting;

namespace ReportBot.Cli;

/// <summary>
/// <c>teams-package --app-id ID --out FILE.zip [--website-url URL] [--version X.Y.Z]</c>: writes the
/// Teams app package (manifest.json and the two icons at the zip's root) for "Upload a custom app".
/// </summary>
internal static class TeamsPackageCommand
{
    private static readonly string ManifestFolder = Path.Combine(AppContext.BaseDirectory, "TeamsAppManifest");

    public static async Task<int> RunAsync(CommandLine line, IConfiguration configuration, TextWriter output)
    {
        line.RejectUnknown("app-id", "out", "website-url", "version", "data");
        var appId = line.Value("app-id") ?? configuration["MicrosoftAppId"];
        if (!Guid.TryParse(appId, out var id))
            throw new UsageException("--app-id must be the bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000.");
        var outFile = line.Value("out") ?? throw new UsageException("--out FILE.zip is required.");
        var website = line.Value("website-url") ?? "https://github.com/";
        if (!Uri.TryCreate(website, UriKind.Absolute, out var site) || site.Scheme != Uri.UriSchemeHttps)
            throw new UsageException("--website-url must be an https URL (Teams requires it for the developer links).");
        var version = line.Value("version") ?? "1.0.0";
        if (!System.Text.RegularExpressions.Regex.IsMatch(version, @"^\d{1,5}\.\d{1,5}\.\d{1,5}$"))
            throw new UsageException("--version must look like 1.0.0.");

        var template = File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json"));
        var manifest = JsonNode.Parse(template
            .Replace("${APP_ID}", id.ToString(), StringComparison.Ordinal)
            .Replace("${WEBSITE_URL}", site.ToString(), StringComparison.Ordinal))!;
        manifest["version"] = version;

        var full = Path.GetFullPath(outFile);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        await using (var stream = File.Create(temporary))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("manifest.json");
            await using (var entryStream = entry.Open())
            await using (var writer = new Utf8JsonWriter(entryStream, ReadableJson.WriterOptions(indented: true)))
            {
                manifest.WriteTo(writer);
            }
            foreach (var icon in new[] { "color.png", "outline.png" })
                zip.CreateEntryFromFile(Path.Combine(ManifestFolder, icon), icon);
        }
        File.Move(temporary, full, overwrite: true);
        await output.WriteLineAsync($"Wrote {full}: manifest {manifest["manifestVersion"]}, bot {id}, version {version}. Upload it in Teams: Apps → Manage your apps → Upload a custom app.");
        return 0;
    }
}
