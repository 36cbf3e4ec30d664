using System.Reflection;
using Krat.Domain.Common;
using Krat.Domain.Meetings;

namespace Krat.Domain.Tests.Common;

public sealed class CodeListTests
{
    private static List<Type> EnumTypes() =>
        [.. typeof(AggregateRoot<>).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static TheoryData<Type> DomainEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in EnumTypes())
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void EveryGovernanceCodeList_IsAmongTheEnumsChecked()
    {
        var names = EnumTypes().Select(t => t.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "SeatRole", "Post", "RepresentationCapacity", "MeetingKind", "MeetingState", "AttendanceStatus", "PresenceCapacity", "DecisionKind", "CommitmentStatus", "MinutesStatus", "CommitteeBody", "WorkContactKind", "OrganisationKind", "OrganisationLevel" },
            names);
    }

    [Theory]
    [MemberData(nameof(DomainEnums))]
    public void EveryMember_HasNonBlankAlbanianAndEnglishLabels_AndStartsAtOne(Type codeList)
    {
        var fields = codeList.GetFields(BindingFlags.Public | BindingFlags.Static);
        Assert.NotEmpty(fields);
        foreach (var field in fields)
        {
            var label = field.GetCustomAttribute<LabelAttribute>();
            Assert.True(label is not null, $"{codeList.Name}.{field.Name} has no [Label]");
            Assert.False(string.IsNullOrWhiteSpace(label.Albanian), $"{codeList.Name}.{field.Name} has no Albanian label");
            Assert.False(string.IsNullOrWhiteSpace(label.English), $"{codeList.Name}.{field.Name} has no English label");
            Assert.NotEqual(0L, Convert.ToInt64(field.GetValue(null), System.Globalization.CultureInfo.InvariantCulture));
        }

        var all = (System.Collections.IEnumerable)typeof(CodeList).GetMethod(nameof(CodeList.All))!.MakeGenericMethod(codeList).Invoke(null, null)!;
        Assert.Equal(fields.Length, all.Cast<object>().Count());
    }

    [Fact]
    public void Label_InACulture_PicksTheLanguage()
    {
        var label = MeetingKind.CampaignClosing.Label();

        Assert.Equal("Campaign closing meeting", label.In(new System.Globalization.CultureInfo("en-GB")));
        Assert.Equal("Mbledhje mbyllëse e fushatës", label.In(new System.Globalization.CultureInfo("sq-AL")));
        Assert.False(CodeList.IsDefined((MeetingKind)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CodeList.LabelOf((MeetingKind)99));
    }
}
