namespace ReportBot.Search;
