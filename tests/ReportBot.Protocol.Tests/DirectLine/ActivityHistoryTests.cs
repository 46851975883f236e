using System.Text;
using ReportBot.Protocol.DirectLine;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>The bounded history and the shared byte budget, in memory.</summary>
public sealed class ActivityHistoryTests
{
    [Fact]
    public void The_oldest_go_first_when_the_byte_budget_is_spent_but_the_newest_stays()
    {
        var budget = new HistoryBudget(long.MaxValue);
        var history = new ActivityHistory(maxCount: 100, maxBytes: 10, budget);

        Add(history, "aaaa");
        Add(history, "bbbb");
        Add(history, "cccc");
        Add(history, new string('d', 20));

        var page = history.Read(0, 100);
        Assert.Equal([new string('d', 20)], page.Activities.Select(Encoding.UTF8.GetString));
        Assert.Equal(4, page.Watermark);
        Assert.Equal(20, budget.Bytes);
    }

    [Fact]
    public void A_page_stops_at_the_page_size_and_tells_where_to_go_on()
    {
        var history = new ActivityHistory(100, 1000, new HistoryBudget(long.MaxValue));
        foreach (var text in new[] { "1", "2", "3" })
        {
            Add(history, text);
        }

        Assert.Equal(2, history.Read(0, 2).Watermark);
        Assert.Equal(3, history.Read(2, 2).Watermark);
        Assert.Equal(3, history.Read(3, 2).Watermark);
        Assert.Equal(3, history.Read(99, 2).Watermark);
    }

    [Fact]
    public void Clearing_gives_the_bytes_back_to_the_budget()
    {
        var budget = new HistoryBudget(100);
        var history = new ActivityHistory(100, 1000, budget);
        Add(history, "12345");

        history.Clear();

        Assert.Equal(0, budget.Bytes);
        Assert.True(budget.HasRoomFor(100));
    }

    private static void Add(ActivityHistory history, string json) =>
        history.Add(history.Reserve(), Encoding.UTF8.GetBytes(json));
}
