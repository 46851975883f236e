using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReportBot.Search.Analysis;
using ReportBot.Search.Model;
using ReportBot.Search.Parsing;

namespace ReportBot.Search.Indexing;

/// <summary>
/// The source documents of the index: every <c>NAME.txt</c> in the reports folder, each with its
/// metadata in <c>NAME.json</c> (title, publisher, date, language).
/// </summary>
public sealed class ReportSources(string reportsDirectory)
{
    public string Directory { get; } = reportsDirectory;

    public IReadOnlyList<string> TextFiles()
    {
        if (!System.IO.Directory.Exists(Directory))
            throw new ReportDataException($"The reports folder '{Directory}' does not exist.");
        var files = System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new ReportDataException($"The reports folder '{Directory}' holds no .txt report.");
        return files;
    }

    public IReadOnlyList<Report> Load() => TextFiles().Select(LoadOne).ToList();

    /// <summary>A hash of every source file and of the analysis format: a change to either makes the index stale.</summary>
    public string ComputeHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(ReportAnalyzers.FormatVersion + IndexSchema.Version));
        foreach (var text in TextFiles())
        {
            foreach (var file in new[] { text, MetadataPath(text) })
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
                if (File.Exists(file)) hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static Report LoadOne(string textPath)
    {
        var metadataPath = MetadataPath(textPath);
        if (!File.Exists(metadataPath))
            throw new ReportDataException($"The report '{Path.GetFileName(textPath)}' has no metadata file '{Path.GetFileName(metadataPath)}' beside it.");
        ReportMetadata? metadata;
        try
        {
            metadata = JsonSerializer.Deserialize(File.ReadAllText(metadataPath), SearchJsonContext.Default.ReportMetadata);
        }
        catch (JsonException e)
        {
            throw new ReportDataException($"The metadata file '{metadataPath}' is not valid JSON: {e.Message}");
        }
        if (metadata is null || string.IsNullOrWhiteSpace(metadata.Title) || string.IsNullOrWhiteSpace(metadata.Publisher))
            throw new ReportDataException($"The metadata file '{metadataPath}' needs at least a title, a publisher and a date.");

        var articles = ReportParser.Parse(File.ReadAllText(textPath, Encoding.UTF8));
        return new Report(Path.GetFileNameWithoutExtension(textPath), metadata, articles);
    }

    private static string MetadataPath(string textPath) => Path.ChangeExtension(textPath, ".json");
}

/// <summary>The report data is missing or malformed; the message says which file and why.</summary>
public sealed class ReportDataException(string message) : Exception(message);
