using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>
/// Sentences that look like the cues of the rules written from probe 61 and are not: a blind probe wrote them to make those rules
/// fire where they should not (probe 63).
/// </summary>
public class RuleTrapsTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<Entity> Found(string text) => _recognizer.Recognize([text]).ToList();

    [Theory]
    [InlineData("The fund said investor Tom Harlow and Greenfield Ventures would buy the stake.", "Greenfield Ventures")]
    [InlineData("The choir sang in St. Paul's Cathedral on Sunday.", "St. Paul")]
    public void NoPersonWhereAFirmOrABuildingIsNamed(string text, string notAPerson) =>
        Assert.DoesNotContain(Found(text), e => e.Type == EntityType.Person && e.Name.Contains(notAPerson, StringComparison.Ordinal));

    [Theory]
    [InlineData("The choir sang in St. Paul's Cathedral on Sunday.", "St. Paul")]
    [InlineData("She was taken to St. Mary's Hospital after the crash.", "St. Mary")]
    public void ASaintsBuildingIsNoTown(string text, string notAPlace) =>
        Assert.DoesNotContain(Found(text), e => e.Type == EntityType.Place && e.Name == notAPlace);

    [Theory]
    [InlineData("Flooding hit Victoria Island (VI) and the Federal Capital Territory (FCT) on Monday.", "Victoria Island")]
    [InlineData("Flooding hit Victoria Island (VI) and the Federal Capital Territory (FCT) on Monday.", "Federal Capital Territory")]
    [InlineData("The IMF approved a new Extended Credit Facility (ECF) for the country.", "Extended Credit Facility")]
    public void NoOrganizationWhereAPlaceALoanOrATaxIsNamed(string text, string notABody) =>
        Assert.DoesNotContain(Found(text), e => e.Type == EntityType.Organization && e.Name == notABody);

    [Fact]
    public void AListUnderAPluralPostIsStillPeople() =>
        Assert.Contains(Found("He was flanked by party co-leaders Lena Hartmann and Jonas Weber."), e => e.Type == EntityType.Person && e.Name == "Jonas Weber");
}
