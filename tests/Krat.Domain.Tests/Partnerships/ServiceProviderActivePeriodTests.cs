using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
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
        ServiceProvider.Register("Qendra e Resiliencës", Operator, [ServiceType.PsychosocialSupport], [Albania.Municipality("Durrës")], [TargetGroup.Parents]);

    [Fact]
    public void SetActivePeriod_RecordsOneTerm()
    {
        var provider = Provider();

        provider.SetActivePeriod(Term.Between(Opened, new LocalDate(2024, 12, 31)));

        Assert.Equal(Term.Between(Opened, new LocalDate(2024, 12, 31)), provider.Active);
        Assert.Null(Provider().Active);
    }

    [Fact]
    public void SetActivePeriod_Refuses_ToEndTheActivityOfAProviderStillSeatedAtTheTechnicalTable_AndChangesNothing()
    {
        var (committee, provider) = Seated(Term.From(Opened), joined: new LocalDate(2024, 1, 1));

        var error = Rule.Broken(
            ServiceProvider.SeatedWhileInactiveRule,
            () => Fingerprint.Of(provider) + Fingerprint.Of(committee),
            () => provider.SetActivePeriod(Term.Between(Opened, new LocalDate(2024, 6, 30))),
            "2024-01-01",
            "leave the Table");

        Assert.Contains("largojeni ofruesin nga Tryeza", error.Text.Albanian, StringComparison.Ordinal);
        Assert.Equal(Term.From(Opened), provider.Active);
        Assert.True(TechnicalTableMembership.InStep(committee, provider));
    }

    [Fact]
    public void SetActivePeriod_EndsTheActivity_OnceTheProviderLeftTheTable_ButNotBeforeItsLastDayThere()
    {
        var (committee, provider) = Seated(Term.From(Opened), joined: new LocalDate(2024, 1, 1));
        TechnicalTableMembership.Leave(committee, provider, new LocalDate(2024, 6, 30));

        Rule.Broken(
            ServiceProvider.SeatedWhileInactiveRule,
            () => Fingerprint.Of(provider),
            () => provider.SetActivePeriod(Term.Between(Opened, new LocalDate(2024, 6, 29))),
            "2024-01-01…2024-06-30");
        Rule.Broken(
            ServiceProvider.SeatedWhileInactiveRule,
            () => Fingerprint.Of(provider),
            () => provider.SetActivePeriod(Term.From(new LocalDate(2024, 2, 1))),
            "2024-02-01");
        provider.SetActivePeriod(Term.Between(Opened, new LocalDate(2024, 6, 30)));

        Assert.Equal(new LocalDate(2024, 6, 30), provider.Active!.End);
        Assert.Equal(Term.Between(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30)), provider.TechnicalTable);
    }

    [Theory]
    [InlineData("2023-10-30")] // before it opened
    [InlineData("2024-01-01")] // while active, but its activity has an end
    public void Join_Refuses_AProviderNotActiveFromTheDayOn_AndChangesNothing(string day)
    {
        var provider = Provider();
        provider.SetActivePeriod(day == "2023-10-30" ? Term.From(Opened) : Term.Between(Opened, new LocalDate(2024, 12, 31)));
        var committee = Committee.Establish(CountyCode.From("AL-02"), "Komiteti");

        Rule.Broken(
            ServiceProvider.SeatedWhileInactiveRule,
            () => Fingerprint.Of(provider) + Fingerprint.Of(committee),
            () => TechnicalTableMembership.Join(committee, provider, NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value),
            day);
        Assert.Empty(committee.Seats);
    }

    [Theory]
    [InlineData("2023-10-01", "2023-10-30", false)] // the month before it opened
    [InlineData("2023-10-01", "2023-10-31", true)]  // its first day is the period's last
    [InlineData("2024-01-01", "2024-12-31", true)]  // still active
    [InlineData("2025-01-01", "2025-01-31", false)] // after it closed
    public void IsActiveDuring_APeriod_WhenTheyShareADay(string from, string to, bool expected)
    {
        var provider = Provider();
        provider.SetActivePeriod(Term.Between(Opened, new LocalDate(2024, 12, 31)));

        var period = new DateInterval(NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value, NodaTime.Text.LocalDatePattern.Iso.Parse(to).Value);

        Assert.Equal(expected, provider.IsActiveDuring(period));
        Assert.Equal(expected, new[] { provider }.AsQueryable().Any(ServiceProvider.ActiveDuring(period)));
    }

    [Fact]
    public void ActiveOn_ADay_MeansActiveDuringThatDay()
    {
        var provider = Provider();
        provider.SetActivePeriod(Term.Between(Opened, new LocalDate(2024, 12, 31)));
        var query = new[] { provider }.AsQueryable();

        Assert.False(query.Any(ServiceProvider.ActiveOn(Opened.PlusDays(-1))));
        Assert.True(query.Any(ServiceProvider.ActiveOn(Opened)));
        Assert.True(query.Any(ServiceProvider.ActiveOn(new LocalDate(2024, 12, 31))));
        Assert.False(query.Any(ServiceProvider.ActiveOn(new LocalDate(2025, 1, 1))));
    }

    [Fact]
    public void AProviderWithoutAnActivePeriod_CountsForEveryPeriod()
    {
        Assert.True(Provider().IsActiveDuring(new DateInterval(new LocalDate(2001, 1, 1), new LocalDate(2001, 1, 1))));
    }

    private static (Committee Committee, ServiceProvider Provider) Seated(Term active, LocalDate joined)
    {
        var provider = Provider();
        provider.SetActivePeriod(active);
        var committee = Committee.Establish(CountyCode.From("AL-02"), "Komiteti");
        TechnicalTableMembership.Join(committee, provider, joined);
        return (committee, provider);
    }
}
