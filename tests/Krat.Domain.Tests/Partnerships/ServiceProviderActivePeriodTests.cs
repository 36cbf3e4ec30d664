using Krat.Domain.Activities;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Partnerships;

public sealed class ServiceProviderActivePeriodTests
{
    private static readonly OrganisationId Operator = new(Guid.Parse("00000000-0000-7000-8000-0000000d0001"));
    private static readonly LocalDate Opened = new(2023, 10, 31);

    private static ServiceProvider Provider() =>
        ServiceProvider.Register(ServiceProviderId.New(), "Qendra e Resiliencës", Operator, [ServiceType.PsychosocialSupport], ["Durrës"], [TargetGroup.Parents]);

    [Fact]
    public void SetActivePeriod_Refuses_AnEndBeforeTheStart_AndChangesNothing()
    {
        var provider = Provider();
        provider.SetActivePeriod(Opened);

        var error = Rule.Broken(
            "provider.active-period",
            () => $"{provider.ActiveFrom}|{provider.ActiveUntil}",
            () => provider.SetActivePeriod(Opened, Opened.PlusDays(-1)),
            "2023-10-30",
            "2023-10-31");

        Assert.Contains("before it starts", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("para se të fillojë më 31.10.2023", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-10-01", "2023-10-30", false)] // the month before it opened
    [InlineData("2023-10-01", "2023-10-31", true)]  // its first day is the period's last
    [InlineData("2024-01-01", "2024-12-31", true)]  // still active
    [InlineData("2025-01-01", "2025-01-31", false)] // after it closed
    public void IsActiveDuring_APeriod_WhenTheyShareADay(string from, string to, bool expected)
    {
        var provider = Provider();
        provider.SetActivePeriod(Opened, new LocalDate(2024, 12, 31));

        var period = new DateInterval(NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value, NodaTime.Text.LocalDatePattern.Iso.Parse(to).Value);

        Assert.Equal(expected, provider.IsActiveDuring(period));
        Assert.Equal(expected, new[] { provider }.AsQueryable().Any(ServiceProvider.ActiveDuring(period)));
    }

    [Fact]
    public void AProviderWithoutAnActivePeriod_CountsForEveryPeriod()
    {
        Assert.True(Provider().IsActiveDuring(new DateInterval(new LocalDate(2001, 1, 1), new LocalDate(2001, 1, 1))));
    }
}
