using System.Text.Json;
using ReportBot.Protocol.Schema;
using ReportBot.Search.Model;
using ReportBot.Search.Querying;

namespace ReportBot.Replies;

/// <summary>A button of the card: its title and the data it posts back (<c>{"action":"more"}</c>, <c>{"action":"ask","question":"…"}</c>).</summary>
internal readonly record struct CardButton(string Title, string Action, string? Question = null);

/// <summary>
/// The answer as an Adaptive Card (schema 1.5, the newest Teams renders): the quote with the question's
/// words in bold, the source as facts, and the actions as buttons that post back to the bot.
/// </summary>
internal static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment ForHit(Hit hit, ReplyLanguage language, IEnumerable<CardButton> buttons)
    {
        var english = language == ReplyLanguage.English;
        var labels = Labels.For(language);
        var passage = hit.Passage;
        var source = passage.Source;
        var content = JsonElements.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "AdaptiveCard");
            w.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
            w.WriteString("version", "1.5");
            w.WriteString("fallbackText", hit.Quote);
            w.WriteString("speak", hit.Quote);
            w.WriteStartArray("body");

            w.WriteStartObject();
            w.WriteString("type", "TextBlock");
            w.WriteString("text", Markdown.HighlightForCard(hit.Quote, hit.Highlights));
            w.WriteBoolean("wrap", true);
            w.WriteEndObject();

            w.WriteStartObject();
            w.WriteString("type", "FactSet");
            w.WriteString("spacing", "Medium");
            w.WriteStartArray("facts");
            Fact(w, english ? "Article" : "文章", $"《{passage.ArticleTitle}》");
            if (passage.Kind == PassageKind.Paragraph) Fact(w, english ? "Section" : "章节", passage.SectionHeading ?? labels.Lead);
            Fact(w, english ? "Where" : "位置", passage.Kind switch
            {
                PassageKind.Paragraph => string.Format(labels.Paragraph, passage.Ordinal),
                PassageKind.Caption => string.Format(labels.Caption, passage.Ordinal),
                _ => labels.Byline,
            });
            Fact(w, english ? "Published" : "发布", $"{(english ? source.PublisherEn ?? source.Publisher : source.Publisher)} · {source.Date:yyyy-MM-dd}");
            if (!string.IsNullOrEmpty(source.Byline)) Fact(w, english ? "Byline" : "署名", source.Byline);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteStartArray("actions");
            foreach (var button in buttons)
            {
                w.WriteStartObject();
                w.WriteString("type", "Action.Submit");
                w.WriteString("title", button.Title);
                w.WriteStartObject("data");
                w.WriteString("action", button.Action);
                if (button.Question is not null) w.WriteString("question", button.Question);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
        return new Attachment(ContentType, content: content);
    }

    private static void Fact(Utf8JsonWriter w, string title, string value)
    {
        w.WriteStartObject();
        w.WriteString("title", title);
        w.WriteString("value", value);
        w.WriteEndObject();
    }
}
