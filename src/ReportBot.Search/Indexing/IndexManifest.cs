namespace ReportBot.Search.Indexing;

/// <summary>What an index generation was built from, written beside its files.</summary>
public sealed record IndexManifest(string SourceHash, string Format, DateTimeOffset BuiltAt, int Documents, int Passages);

/// <summary>The outcome of a build: the new generation's manifest and folder, and how long it took.</summary>
public sealed record IndexBuildResult(IndexManifest Manifest, string GenerationPath, TimeSpan Elapsed);
