using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using ReportBot.Cli;

namespace ReportBot.Tests.Cli;

/// <summary>The Teams app package: the three files at the zip's root, icons at the sizes Teams requires, a manifest Teams accepts.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "6f1d3c2a-9b8e-4d7f-a6c5-b4e3d2c1f0a9";
    private readonly string file = Path.Combine(Path.GetTempPath(), $"reportbot-teams-{Guid.NewGuid():N}.zip");

    private async Task<ZipArchive> PackageAsync()
    {
        var code = await Commands.RunAsync(["teams-package", "--app-id", AppId, "--out", file], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);
        return ZipFile.OpenRead(file);
    }

    private static (int Width, int Height, byte ColourType) PngHeader(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[26];
        stream.ReadExactly(header);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header[..4]);
        Assert.Equal("IHDR"u8.ToArray(), header[12..16]);
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)), header[25]);
    }

    [Fact]
    public async Task TheZipHoldsTheManifestAndTwoIconsAtItsRoot()
    {
        using var zip = await PackageAsync();
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public async Task TheIconsHaveTheSizesTeamsRequiresAndTheOutlineIsTransparent()
    {
        using var zip = await PackageAsync();
        var color = PngHeader(zip.GetEntry("color.png")!);
        Assert.Equal((192, 192), (color.Width, color.Height));
        var outline = PngHeader(zip.GetEntry("outline.png")!);
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColourType); // RGBA: the background can be transparent
    }

    [Fact]
    public async Task TheManifestNamesTheBotAndItsScopesWithinTeamsLimits()
    {
        using var zip = await PackageAsync();
        using var stream = zip.GetEntry("manifest.json")!.Open();
        using var manifest = await JsonDocument.ParseAsync(stream);
        var root = manifest.RootElement;

        Assert.Equal("1.19", root.GetProperty("manifestVersion").GetString());
        Assert.EndsWith("/v1.19/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        var bot = root.GetProperty("bots")[0];
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var commands = bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray().ToList();
        Assert.InRange(commands.Count, 1, 10);
        Assert.All(commands, c => Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32));
        Assert.All(commands, c => Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 128));
        Assert.InRange(root.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(root.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.All(new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" }, k => Assert.StartsWith("https://", root.GetProperty("developer").GetProperty(k).GetString()));
        Assert.Equal("color.png", root.GetProperty("icons").GetProperty("color").GetString());
        Assert.DoesNotContain("${", root.GetRawText());
    }

    public void Dispose() => File.Delete(file);
}
