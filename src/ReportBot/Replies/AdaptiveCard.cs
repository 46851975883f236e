using System.Text.Json.Nodes;
using ReportBot.Protocol.Schema;
using ReportBot.Search.Querying;

namespace ReportBot.Replies;

/// <summary>
/// The answer as an Adaptive Card (schema 1.5, the newest Teams renders): the quote with the question's
/// words in bold, the source as facts, and the actions as buttons that post back to the bot.
/// </summary>
internal static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment ForHit(Hit hit, ReplyLanguage language, IEnumerable<(string Title, JsonObject Data)> actions)
    {
        var english = language == ReplyLanguage.English;
        var labels = Labels.For(language);
        var passage = hit.Passage;
        var facts = new JsonArray();
        void Fact(string title, string? value)
        {
            if (!string.IsNullOrEmpty(value)) facts.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }
        Fact(english ? "Article" : "文章", $"《{passage.ArticleTitle}》");
        Fact(english ? "Section" : "章节", passage.Kind == Search.Model.PassageKind.Paragraph ? passage.SectionHeading ?? labels.Lead : null);
        Fact(english ? "Where" : "位置", passage.Kind switch
        {
            Search.Model.PassageKind.Paragraph => string.Format(labels.Paragraph, passage.Ordinal),
            Search.Model.PassageKind.Caption => string.Format(labels.Caption, passage.Ordinal),
            _ => labels.Byline,
        });
        Fact(english ? "Published" : "发布", $"{(english ? passage.Source.PublisherEn ?? passage.Source.Publisher : passage.Source.Publisher)} · {passage.Source.Date:yyyy-MM-dd}");
        Fact(english ? "Byline" : "署名", passage.Source.Byline);

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = hit.Quote,
            ["speak"] = hit.Quote,
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = Markdown.HighlightForCard(hit.Quote, hit.Highlights), ["wrap"] = true },
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts, ["spacing"] = "Medium" },
            },
            ["actions"] = new JsonArray(actions.Select(a => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = a.Title,
                ["data"] = a.Data,
            }).ToArray()),
        };
        return new Attachment(ContentType, content: card);
    }
}
