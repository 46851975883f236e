using System.Text.Json.Serialization;
using ReportBot.Search.Model;

namespace ReportBot.Search.Indexing;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ReportMetadata))]
[JsonSerializable(typeof(IndexManifest))]
internal sealed partial class SearchJsonContext : JsonSerializerContext;
