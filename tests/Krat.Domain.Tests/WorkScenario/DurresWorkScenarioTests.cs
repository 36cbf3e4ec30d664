using System.Globalization;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Campaigns;
using Krat.Domain.Common;
using Krat.Domain.Plans;
using Krat.Domain.Statistics;
using NodaTime;
using Snapshooter.Xunit;

namespace Krat.Domain.Tests.WorkScenario;

public sealed class DurresWorkScenarioTests
{
    private readonly DurresScenario _scenario = DurresScenario.Build();

    private static string D(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? D(LocalDate? date) => date is { } d ? D(d) : null;

    private string Org(Krat.Domain.Organisations.OrganisationId id) => _scenario.Organisation(id).Acronym ?? _scenario.Organisation(id).Name;

    [Fact]
    public void Campaign_AndItsActivities()
    {
        var campaign = _scenario.October2023;
        var activities = new ActivitiesFilterSpec(new ActivitiesFilter { CampaignId = campaign.Id }).Evaluate(_scenario.Activities).Reverse();
        Snapshot.Match(new
        {
            campaign.Name,
            campaign.Theme,
            Start = D(campaign.Period.Start),
            End = D(campaign.Period.End),
            SearchText = CampaignKeys.Search(campaign),
            Activities = activities.Select(a => new
            {
                Number = _scenario.Activities.ToList().IndexOf(a) + 1,
                Kind = a.Kind.ToString(),
                Status = a.Status.ToString(),
                a.Title,
                a.Venue,
                Planned = D(a.PlannedDays.Start),
                Actual = D(a.ActualDays?.Start),
                Effective = D(a.EffectiveDate),
                Municipalities = a.Municipalities.Select(m => m.Name),
                Lead = Org(a.LeadOrganisationId),
                Partners = a.PartnerOrganisationIds.Select(Org),
                TargetGroups = a.TargetGroups.Select(g => g.ToString()),
                Reach = a.Reach is { } r ? new { r.Total, r.Women, r.Men, r.Children, r.Adults } : null,
                Measure = a.MeasureId is { } m ? _scenario.ActionPlan2023.FindMeasure(m).Code : null,
                Visibility = a.Visibility.ToString(),
                a.StatusReason,
            }),
        });
    }

    [Fact]
    public void Campaign_ReachAndCoverage_AddUp()
    {
        var completed = new ActivitiesFilterSpec(new ActivitiesFilter { CampaignId = DemoIds.October2023, Status = ActivityStatus.Completed })
            .Evaluate(_scenario.Activities).ToList();
        var reach = Reach.Sum(completed.Select(a => a.Reach!));
        Assert.Equal(8, completed.Count);
        Assert.Equal(120 + 80 + 45 + 18 + 60 + 250 + 35 + 500, reach.Total);
        Assert.Equal(["Durrës", "Krujë", "Shijak"], completed.SelectMany(a => a.Municipalities).Select(m => m.Name).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ActionPlan_AndItsProgress()
    {
        var plan = _scenario.ActionPlan2023;
        var progress = PlanProgress.Of(plan, _scenario.Activities, DurresScenario.ClosingDay);
        var without = plan.MeasuresWithoutActivity(new MeasuresWithActivitiesSpec(DemoIds.KratDurres).Evaluate(_scenario.Activities));
        Snapshot.Match(new
        {
            plan.Title,
            plan.NationalPlan,
            Status = plan.Status.ToString(),
            ApprovedOn = D(plan.ApprovedOn),
            ApprovedByTheDecision = plan.ApprovedBy == DemoIds.ApproveActionPlan,
            Objectives = plan.Objectives.Select(o => new
            {
                o.Code,
                Pillar = o.Pillar.ToString(),
                o.Title,
                Measures = plan.Measures.Where(m => m.ObjectiveId == o.Id).Select(m => new
                {
                    m.Code,
                    m.Title,
                    Lead = Org(m.LeadOrganisationId),
                    Supporting = m.SupportingOrganisationIds.Select(Org),
                    Start = D(m.Start),
                    End = D(m.End),
                    Indicators = m.Indicators.Select(i => new
                    {
                        Kind = i.Kind.ToString(),
                        i.Description,
                        i.Unit,
                        i.Baseline,
                        i.HigherIsBetter,
                        Targets = i.Targets.Select(t => $"{D(t.PeriodStart)}…{D(t.PeriodEnd)}: {t.Amount?.ToString(CultureInfo.InvariantCulture) ?? t.Text}"),
                        Actuals = i.Actuals.Select(t => $"{D(t.PeriodStart)}…{D(t.PeriodEnd)}: {t.Amount?.ToString(CultureInfo.InvariantCulture) ?? t.Text}"),
                    }),
                }),
            }),
            Progress = progress.Objectives.SelectMany(o => o.Measures).Select(m => new
            {
                m.Code,
                m.PlannedActivities,
                m.CompletedActivities,
                m.OverdueActivities,
                Ratio = m.Ratio is { } r ? Math.Round(r, 3) : (double?)null,
                m.IsBehindSchedule,
            }),
            MeasuresWithoutActivity = without.Select(m => m.Code),
        });
    }

    [Fact]
    public void PupilsProject()
    {
        var project = _scenario.PupilsProject;
        Assert.Equal(DemoIds.ClosingMeeting, project.Endorsement!.MeetingId);
        Assert.Equal(DemoIds.EmiljanJani, project.Endorsement.PersonId);
        Snapshot.Match(new
        {
            project.Title,
            project.Description,
            Status = project.Status.ToString(),
            project.ProposingGroup,
            Proposers = project.ProposerIds.Select(Org),
            Supporters = project.SupporterIds.Select(Org),
            Beneficiaries = project.Beneficiaries.Select(b => b.ToString()),
            EndorsedBy = Org(project.Endorsement.OrganisationId!.Value),
            EndorsedOn = D(project.Endorsement.On),
        });
    }

    [Fact]
    public void ResilienceCentre_PartnershipAndProvider()
    {
        var partnership = _scenario.ResilienceCentrePartnership;
        var provider = _scenario.ResilienceCentreProvider;
        Assert.Equal([DemoIds.ResilienceCentreProvider], partnership.EstablishedProviderIds);
        Assert.Equal(DemoIds.KratDurres, provider.TechnicalTableCommitteeId);

        // "From today it is part of the technical table, with the services it offers": one seat, in step with the provider.
        var seat = _scenario.KratDurres.FindSeat(provider.TechnicalTableSeatId!.Value)!;
        Assert.Equal((DemoIds.ResilienceCentre, provider.Id, DurresScenario.ClosingDay), (seat.OrganisationId, seat.ServiceProviderId!.Value, seat.Term.Start));
        Assert.Equal(provider.ServiceTypes, seat.Services);
        Assert.True(Krat.Domain.Partnerships.TechnicalTableMembership.InStep(_scenario.KratDurres, provider));
        Assert.Equal(Krat.Domain.Organisations.OrganisationKind.PublicServiceCentre, _scenario.Organisation(DemoIds.ResilienceCentre).Kind);
        Snapshot.Match(new
        {
            Partnership = new
            {
                partnership.Name,
                partnership.Purpose,
                Start = D(partnership.Period.Start),
                End = D(partnership.Period.End),
                Participants = partnership.Participants.Select(p => new { Organisation = Org(p.OrganisationId), Role = p.Role.ToString(), RoleSq = p.Role.Label().Albanian }),
            },
            Provider = new
            {
                provider.Name,
                Operator = Org(provider.OperatorId),
                ServiceTypes = provider.ServiceTypes.Select(s => s.ToString()),
                Municipalities = provider.Municipalities.Select(m => m.Name),
                TargetGroups = provider.TargetGroups.Select(g => g.ToString()),
                TechnicalTableFrom = D(provider.TechnicalTableFrom),
            },
        });
    }

    [Fact]
    public void VictimStatistics_PublishedTable()
    {
        var statistics = _scenario.VictimStatistics2023;
        var table = Krat.Domain.Statistics.Disclosure.DisclosureDecision.Decide(statistics).View(StatisticsDimension.ExploitationForm, StatisticsDimension.Sex);
        Snapshot.Match(new
        {
            County = statistics.County.Value,
            Period = $"{D(statistics.PeriodStart)}…{D(statistics.PeriodEnd)}",
            statistics.Source,
            table.Threshold,
            table.IsWithheld,
            Columns = table.ColumnLabels.Select(l => l.Albanian).Append("Gjithsej"),
            Rows = table.RowLabels.Select((l, i) => new
            {
                Row = l.Albanian,
                Figures = table.Cells[i].Append(table.RowTotals[i]).Select(f => $"{f.Display} ({f.State})"),
            }),
            Totals = table.ColumnTotals.Append(table.GrandTotal).Select(f => $"{f.Display} ({f.State})"),
        });
    }

    [Fact]
    public void CodeLists_AreLabelledInBothLanguages_AndStartAtOne()
    {
        var lists = new[]
        {
            typeof(ActivityKind), typeof(ActivityStatus), typeof(TargetGroup), typeof(Visibility), typeof(Pillar), typeof(IndicatorKind),
            typeof(ActionPlanStatus), typeof(Krat.Domain.Partnerships.ParticipantRole), typeof(Krat.Domain.Partnerships.ServiceType),
            typeof(Krat.Domain.Initiatives.InitiativeStatus), typeof(Sex), typeof(AgeGroup), typeof(VictimStatus), typeof(ExploitationForm),
            typeof(StatisticsDimension), typeof(SuppressionState),
        };
        foreach (var list in lists)
        {
            var values = Enum.GetValues(list).Cast<object>().Select(Convert.ToInt32).ToList();
            Assert.Equal(1, values.Min());
            foreach (var field in list.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            {
                var label = (LabelAttribute?)Attribute.GetCustomAttribute(field, typeof(LabelAttribute));
                Assert.NotNull(label);
                Assert.False(string.IsNullOrWhiteSpace(label.Albanian));
                Assert.False(string.IsNullOrWhiteSpace(label.English));
            }
        }
    }
}
