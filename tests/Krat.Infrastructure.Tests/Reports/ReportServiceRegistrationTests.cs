using Krat.Demo.Durres;
using Krat.Domain.Reports;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Infrastructure.Tests.Reports;

public sealed class ReportServiceRegistrationTests
{
    [Fact]
    public async Task AddKrat_RegistersTheReportService_Scoped_OnTheHostsCommitteeScope()
    {
        await using var host = await KratHost.StartAsync(services => services.AddSingleton<ICommitteeScope>(CommitteeScope.For(DemoIds.KratDurres)));
        var provider = host.Services;
        await using (var seeding = provider.CreateAsyncScope())
        {
            var context = seeding.ServiceProvider.GetRequiredService<KratDbContext>();
            context.AddRange(DurresScenario.Build().AggregatesInSaveOrder().Cast<object>());
            await context.SaveChangesAsync();
        }

        await using var scope = provider.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<IReportService>();
        var report = await reports.MonthAsync(DemoIds.KratDurres, new NodaTime.YearMonth(2023, 10), ReportAudience.Committee);

        Assert.IsType<ReportService>(reports);
        Assert.Same(reports, scope.ServiceProvider.GetRequiredService<IReportService>());
        Assert.Equal(ReportMath.Month(new NodaTime.YearMonth(2023, 10)), report.Period);
        Assert.True(report.Totals.Activities > 0);
    }
}
