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
    public static Entity WebChatClaim(Hit hit, ReplyLanguage language) => JsonElements.Entity(w =>
    {
        w.WriteString("type", "https://schema.org/Claim");
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@id", AnswerMarkdown.CitationId(hit));
        w.WriteString("@type", "Claim");
        w.WriteString("name", AnswerMarkdown.CitationTitle(hit, language));
        w.WriteString("text", hit.Passage.Text);
    });

    /// <summary>The one root schema.org Message entity Teams reads citations from; <c>[n]</c> in the text matches <c>position</c> n.</summary>
    public static Entity TeamsMessage(IEnumerable<Hit> hits, ReplyLanguage language) => JsonElements.Entity(w =>
    {
        w.WriteString("type", "https://schema.org/Message");
        w.WriteString("@type", "Message");
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@id", "");
        w.WriteStartArray("citation");
        foreach (var hit in hits)
        {
            w.WriteStartObject();
            w.WriteString("@type", "Claim");
            w.WriteNumber("position", hit.Rank);
            w.WriteStartObject("appearance");
            w.WriteString("@type", "DigitalDocument");
            w.WriteString("name", Cut(AnswerMarkdown.CitationTitle(hit, language), TeamsNameLength));
            w.WriteString("abstract", Cut(hit.Passage.Text, TeamsAbstractLength));
            w.WriteStartArray("keywords");
            foreach (var keyword in Keywords(hit)) w.WriteStringValue(keyword);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary>Up to three highlighted words of the quote (Teams allows three keywords of 28 characters).</summary>
    private static IEnumerable<string> Keywords(Hit hit) =>
        hit.Highlights.Select(h => hit.Quote.Substring(h.Start, h.Length)).Where(k => k.Length <= 28).Distinct().Take(3);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
