Console.WriteLine("ReportBot");
