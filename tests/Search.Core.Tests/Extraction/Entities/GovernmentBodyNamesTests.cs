using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>Issue 13: ministries are qualified by their country, and the variants of one body are one value.</summary>
public class GovernmentBodyNamesTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Organizations(params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs).Where(e => e.Type == EntityType.Organization).Select(e => e.Name).ToList();

    [Fact]
    public void NamesTheShortAndLongFormsOfAMinistryAlike()
    {
        Assert.Equal(["Ministry of Health"], Organizations("The Health Ministry said 62 were in intensive care.", "The Ministry of Health later revised it."));
    }

    [Fact]
    public void NeverMergesTwoCountriesForeignMinistries()
    {
        var names = Organizations("Russia's Foreign Ministry said it was an attempt to undermine the state.", "A Foreign Ministry official in Tokyo said Japan urges realism.");
        Assert.Equal(["Ministry of Foreign Affairs of Russia", "Ministry of Foreign Affairs of Japan"], names);
    }

    [Fact]
    public void ReadsTheCountryWrittenInTheNameAndFindsTheGazetteersBody()
    {
        Assert.Equal(["U.S. Department of Agriculture", "Ministry of Foreign Affairs of Brazil"],
            Organizations("The U.S. Agriculture Department's officer reported.", "The Brazilian Foreign Ministry disagreed."));
    }

    [Fact]
    public void ACitysOrARegionsBodyIsItsOwnNotTheCountrys()
    {
        // A QA pass: "Almaty Police Department" was "Department of Police of Kazakhstan", and "Minas Gerais Fire Department"
        // "Department of Fire of Brazil", city and state bodies shown as national ones.
        Assert.Equal(["Almaty Police Department", "Minas Gerais Fire Department"],
            Organizations("Almaty Police Department representative Saltanat Azirbek said dozens were killed.", "The Minas Gerais Fire Department said 12 people were missing."));
    }

    [Fact]
    public void AStatesBodyKeepsItsName()
    {
        // A QA pass found "Department of Parana State Health" for the Brazilian state's health department.
        Assert.Equal(["Parana State Health Department"], Organizations("Another 14 people were injured, according to the Parana State Health Department."));
        // A country's "State Department" is still its own.
        Assert.DoesNotContain("U.S. State Department", Organizations("WASHINGTON, March 3 - The U.S. State Department said talks would resume."));
    }

    [Fact]
    public void ABodyNamedByAnAdjectiveKeepsItsName()
    {
        // The same QA pass: "The Public Ministry" (Peru's prosecutors) was "Ministry of Public", and "Afghanistan Meteorological
        // Department" "Department of Meteorological of Afghanistan". A subject still reads as one ("Health Ministry").
        Assert.Equal(["Public Ministry", "Afghanistan Meteorological Department", "Ministry of Health"],
            Organizations("The Public Ministry opened an inquiry.", "The Afghanistan Meteorological Department issued a warning.", "The Health Ministry said 62 were in intensive care."));
    }

    [Fact]
    public void TakesTheDatelinesCountryWhenTheTextSaysNoOther()
    {
        Assert.Equal(["Ministry of Finance of France"], Organizations("PARIS, April 2 - French debt fell, the Finance Ministry said."));
    }

    [Fact]
    public void TakesTheCountryTheStoryIsPlainlySetInWhenNoDatelineSays()
    {
        // A QA pass: Romanian, Kenyan and Peruvian stories with no dateline made one facet value "Ministry of Health".
        Assert.Equal(["Ministry of Health of Romania"], Organizations("A power outage swept across Romania, cutting power in Bucharest and Cluj-Napoca.",
            "Hospitals switched to backup generators, and the Health Ministry said no deaths were linked to it.", "Spain suffered a blackout last year."));
        // A story that names one country once is set there; a story of two countries named alike says neither.
        Assert.Equal(["Ministry of Health of Kenya"], Organizations("Resident doctors stayed away from work across Kenya.", "The Health Ministry said talks would resume."));
        Assert.Equal(["Ministry of Health"], Organizations("Doctors in Kenya and Uganda went on strike.", "The Health Ministry said talks would resume."));
    }

    [Fact]
    public void NamesACountrysCentralBankAndCommunistPartyByTheGazetteersBody()
    {
        Assert.Equal(["Bangladesh Bank"], Organizations("DHAKA, March 24 - The deficit narrowed, Central Bank officials said."));
        Assert.Equal(["Chinese Communist Party"], Organizations("PEKING, April 3 - The resignation of reformist Communist Party leader Hu Yaobang slowed reform."));
        // The Reuters facets held a "Reserve Bank" of no country in 40 stories from Sydney, Wellington and Johannesburg.
        Assert.Equal(["Reserve Bank of New Zealand"], Organizations("WELLINGTON, March 3 - The Reserve Bank said it would not intervene."));
        Assert.Equal(["South African Reserve Bank"], Organizations("JOHANNESBURG, March 3 - Gold reserves rose, the Reserve Bank said."));
        // A dateline in mixed case gives its country too.
        Assert.Equal(["Reserve Bank of Australia"], Organizations("Sydney, March 25 - Money supply growth slowed, the Reserve Bank said."));
    }

    [Fact]
    public void LeavesANationalBodyTheGazetteerDoesNotKnowUnqualified()
    {
        // Moscow's "Communist Party" of 1987 is not a party the gazetteer lists for Russia; a made-up name would misname it.
        // Its newspaper is a publication by the word before it (since 2026-12-06).
        Assert.Equal(["Communist Party", "Pravda"], Organizations("MOSCOW, March 2 - The Communist Party newspaper Pravda said so."));
    }

    [Fact]
    public void ReadsAKnownBodyAfterItsCountryAsThatBody()
    {
        Assert.Equal(["Food and Drug Administration"], Organizations("The U.S. Food and Drug Administration accepted the petition."));
    }

    [Fact]
    public void KeepsABankWhoseNameHoldsAnotherBanksName()
    {
        // "Bank of Finland" is a known name, but a word before it makes a longer one: "Union Bank of Finland".
        Assert.Equal(["Union Bank of Finland"], Organizations("Union Bank of Finland is issuing a 10 billion yen eurobond."));
    }
    [Fact]
    public void TheSenateOfAStoryFromACountryIsThatCountrysSenate()
    {
        // "the Senate" named no body: a lone word.
        var names = Organizations("WASHINGTON, Oct 20 - The measure passed the Senate on Tuesday, and the Army said it would comply.");
        Assert.Contains("United States Senate", names);
        Assert.Contains("United States Army", names);
        Assert.Contains("United States Senate", Organizations("WASHINGTON, April 7 - The Senate approved legislation on Tuesday."));
        Assert.Contains("United States Congress", Organizations("WASHINGTON, April 7 - He said it became apparent Congress was ready to act."));
        // Without a dateline, or without "the", it names none.
        Assert.DoesNotContain("United States Senate", Organizations("The measure passed the Senate on Tuesday."));
        Assert.DoesNotContain("United States Senate", Organizations("WASHINGTON, Oct 20 - Senate leaders met on Tuesday."));
    }
}
