namespace ReportBot.Protocol;
