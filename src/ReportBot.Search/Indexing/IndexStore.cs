using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using ReportBot.Search.Analysis;
using ReportBot.Search.Model;

namespace ReportBot.Search.Indexing;

/// <summary>
/// The index folder under the data folder. Each build writes a new generation folder beside the
/// current one and then replaces the one-line <c>current</c> file that names it (a rename, atomic on
/// one file system), so readers never see a half-built index. Older generations are removed after.
/// </summary>
public sealed class IndexStore
{
    private const string CurrentFile = "current";
    private const string ManifestFile = "manifest.json";

    private readonly TimeProvider time;

    public IndexStore(string dataDirectory, TimeProvider? time = null)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        Sources = new ReportSources(Path.Combine(DataDirectory, "reports"));
        IndexDirectory = Path.Combine(DataDirectory, "index");
        this.time = time ?? TimeProvider.System;
    }

    public string DataDirectory { get; }
    public string IndexDirectory { get; }
    public ReportSources Sources { get; }

    /// <summary>The folder of the current generation, or null when there is none.</summary>
    public string? CurrentGenerationPath()
    {
        var pointer = Path.Combine(IndexDirectory, CurrentFile);
        if (!File.Exists(pointer)) return null;
        var name = File.ReadAllText(pointer).Trim();
        var path = Path.Combine(IndexDirectory, name);
        return name.Length > 0 && !name.Contains('/') && System.IO.Directory.Exists(path) ? path : null;
    }

    public IndexManifest? CurrentManifest()
    {
        var generation = CurrentGenerationPath();
        if (generation is null) return null;
        var file = Path.Combine(generation, ManifestFile);
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize(File.ReadAllText(file), SearchJsonContext.Default.IndexManifest) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True when the current generation was built from the sources as they are now.</summary>
    public bool IsCurrent() => CurrentManifest()?.SourceHash == Sources.ComputeHash();

    /// <summary>Builds the index when it is missing or stale; returns the build, or null when it was current.</summary>
    public IndexBuildResult? EnsureCurrent() => IsCurrent() ? null : Build();

    /// <summary>Builds a new generation from the sources and makes it current.</summary>
    public IndexBuildResult Build()
    {
        var stopwatch = Stopwatch.StartNew();
        var hash = Sources.ComputeHash();
        var reports = Sources.Load();
        var builtAt = time.GetUtcNow();
        var name = $"gen-{builtAt:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..40];
        var generation = Path.Combine(IndexDirectory, name);
        System.IO.Directory.CreateDirectory(generation);

        var passages = 0;
        try
        {
            using (var directory = FSDirectory.Open(generation))
            using (var analyzer = ReportAnalyzers.Create())
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzers.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new BM25Similarity(),
            }))
            {
                foreach (var passage in reports.SelectMany(ReportPassages.From))
                {
                    writer.UpdateDocument(new Term(IndexSchema.Id, passage.Id), IndexSchema.ToDocument(passage));
                    passages++;
                }
                writer.Commit();
            }

            var manifest = new IndexManifest(hash, ReportAnalyzers.FormatVersion + "/" + IndexSchema.Version, builtAt, reports.Count, passages);
            File.WriteAllText(Path.Combine(generation, ManifestFile), JsonSerializer.Serialize(manifest, SearchJsonContext.Default.IndexManifest));
            SwapCurrent(name);
            RemoveOldGenerations(keep: name);
            return new IndexBuildResult(manifest, generation, stopwatch.Elapsed);
        }
        catch
        {
            TryDelete(generation);
            throw;
        }
    }

    private void SwapCurrent(string name)
    {
        var pointer = Path.Combine(IndexDirectory, CurrentFile);
        var temporary = pointer + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, name);
        File.Move(temporary, pointer, overwrite: true);
    }

    private void RemoveOldGenerations(string keep)
    {
        // Another process may have swapped in its own build meanwhile: the current one stays too.
        var current = CurrentGenerationPath() is { } path ? Path.GetFileName(path) : keep;
        foreach (var old in System.IO.Directory.GetDirectories(IndexDirectory, "gen-*"))
        {
            // Open readers keep their files on POSIX file systems; elsewhere a failed delete waits for the next build.
            var name = Path.GetFileName(old);
            if (name != keep && name != current) TryDelete(old);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
