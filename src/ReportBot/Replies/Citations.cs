using System.Text.Json.Nodes;
using ReportBot.Protocol.Schema;
using ReportBot.Search.Querying;

namespace ReportBot.Replies;

/// <summary>The entities that make a reply's sources show as citations: Web Chat's Claims, Teams' Message.</summary>
internal static class Citations
{
    /// <summary>Teams' limits for a citation's name and abstract.</summary>
    private const int TeamsNameLength = 80;
    private const int TeamsAbstractLength = 160;

    /// <summary>A schema.org Claim for Web Chat's citation pop-up: the whole passage the quote comes from.</summary>
    public static Entity WebChatClaim(Hit hit, ReplyLanguage language) => Entity(new JsonObject
    {
        ["type"] = "https://schema.org/Claim",
        ["@context"] = "https://schema.org",
        ["@id"] = AnswerMarkdown.CitationId(hit),
        ["@type"] = "Claim",
        ["name"] = AnswerMarkdown.CitationTitle(hit, language),
        ["text"] = hit.Passage.Text,
    });

    /// <summary>The one root schema.org Message entity Teams reads citations from; <c>[n]</c> in the text matches <c>position</c> n.</summary>
    public static Entity TeamsMessage(IEnumerable<Hit> hits, ReplyLanguage language) => Entity(new JsonObject
    {
        ["type"] = "https://schema.org/Message",
        ["@type"] = "Message",
        ["@context"] = "https://schema.org",
        ["@id"] = "",
        ["citation"] = new JsonArray(hits.Select(hit => (JsonNode)new JsonObject
        {
            ["@type"] = "Claim",
            ["position"] = hit.Rank,
            ["appearance"] = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Cut(AnswerMarkdown.CitationTitle(hit, language), TeamsNameLength),
                ["abstract"] = Cut(hit.Passage.Text, TeamsAbstractLength),
                ["keywords"] = new JsonArray(Keywords(hit).Select(k => (JsonNode)JsonValue.Create(k)).ToArray()),
            },
        }).ToArray()),
    });

    /// <summary>Up to three highlighted words of the quote (Teams allows three keywords of 28 characters).</summary>
    private static IEnumerable<string> Keywords(Hit hit) =>
        hit.Highlights.Select(h => hit.Quote.Substring(h.Start, h.Length)).Where(k => k.Length <= 28).Distinct().Take(3);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static Entity Entity(JsonObject members)
    {
        var entity = new Entity();
        entity.SetAs(members);
        return entity;
    }
}
