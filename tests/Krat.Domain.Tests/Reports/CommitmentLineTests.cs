using Krat.Domain.Meetings;
using Krat.Domain.Reports;
using NodaTime;

namespace Krat.Domain.Tests.Reports;

public sealed class CommitmentLineTests
{
    private static readonly LocalDate Due = new(2023, 10, 31);

    [Fact]
    public void WithoutReviews_ACommitmentIsOpen_AndOverdueOnlyAfterItsDueDay()
    {
        Assert.Equal((CommitmentStatus.Open, (LocalDate?)null, false), CommitmentLine.StateOn([], Due, Due));
        Assert.Equal((CommitmentStatus.Open, (LocalDate?)null, true), CommitmentLine.StateOn([], Due, Due.PlusDays(1)));
        Assert.False(CommitmentLine.StateOn([], null, Due.PlusYears(5)).IsOverdue);
    }

    [Fact]
    public void TheLastReviewOnOrBeforeTheDay_DecidesTheStatus()
    {
        (LocalDate, CommitmentStatus)[] reviews = [(new LocalDate(2023, 12, 1), CommitmentStatus.Done), (new LocalDate(2023, 11, 1), CommitmentStatus.Open)];

        Assert.Equal((CommitmentStatus.Open, (LocalDate?)null, true), CommitmentLine.StateOn(reviews, Due, new LocalDate(2023, 11, 15)));
        Assert.Equal((CommitmentStatus.Done, (LocalDate?)new LocalDate(2023, 12, 1), false), CommitmentLine.StateOn(reviews, Due, new LocalDate(2023, 12, 1)));
        Assert.Equal((CommitmentStatus.Open, (LocalDate?)null, false), CommitmentLine.StateOn(reviews, Due, new LocalDate(2023, 10, 1)));
    }

    [Fact]
    public void ADroppedCommitment_IsNeverOverdue()
    {
        var state = CommitmentLine.StateOn([(new LocalDate(2023, 11, 1), CommitmentStatus.Dropped)], Due, new LocalDate(2024, 1, 1));

        Assert.Equal((CommitmentStatus.Dropped, (LocalDate?)new LocalDate(2023, 11, 1), false), state);
    }
}
