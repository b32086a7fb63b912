using System.Text;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Ofac;
using static Vetting.Watchlists.Tests.Ofac.OfacTestData;

namespace Vetting.Watchlists.Tests.Ofac;

public sealed class OfacCsvReaderTests
{
    private readonly OfacCsvReader _reader = new();

    [Fact]
    public void Read_Excerpt_YieldsOneEntityPerSdnRowWithoutWarnings()
    {
        var context = new ImportContext();
        var entities = ReadAll(_reader, CsvExcerpt(), context);

        var rows = RawRows(Sdn);
        Assert.Equal(37, rows.Length);
        Assert.Equal(rows.Length, entities.Count);
        Assert.Equal(rows.Select(r => "ofac-sdn:" + r.Split(',')[0]), entities.Select(e => e.Id));
        Assert.All(entities, e => Assert.Equal(WatchlistSources.OfacSdn, e.Source));
        Assert.Empty(context.Warnings);
        Assert.Null(context.PublisherDate);
        Assert.Equal(RawRows(Alt).Length, entities.Sum(e => e.Aliases.Count(a => a.Quality == AliasQuality.Strong)));
    }

    [Fact]
    public void Read_Aksyonov_HasNamePartsAliasesBirthDateAndPlace()
    {
        var entNum = EntNumOfRowWith(Sdn, "\"AKSYONOV, Sergey Valeryevich\"");
        var aksyonov = ReadAll(_reader, CsvExcerpt()).Entity("ofac-sdn:" + entNum);

        Assert.Equal(EntityKind.Person, aksyonov.Kind);
        Assert.Equal("AKSYONOV, Sergey Valeryevich", aksyonov.PrimaryName.Full);
        Assert.Equal("AKSYONOV", aksyonov.PrimaryName.Family);
        Assert.Equal("Sergey", aksyonov.PrimaryName.Given);
        Assert.Equal("Valeryevich", aksyonov.PrimaryName.Middle);
        Assert.Equal(["UKRAINE-EO13660"], aksyonov.Programmes);
        Assert.Equal(RowsFor(Alt, entNum), aksyonov.Aliases.Count);
        Assert.Contains(aksyonov.Aliases, a => a is { Name: "AKSENOV, Sergei", Quality: AliasQuality.Strong, Type: AliasType.Aka, Script: NameScript.Latin });
        Assert.Contains(aksyonov.Aliases, a => a.Name == "AKSYONOV, Serhiy Valeryevich");
        var dob = Assert.Single(aksyonov.BirthDates);
        Assert.Equal((1972, 11, 26, false), (dob.Year, dob.Month, dob.Day, dob.Approximate));
        var pob = Assert.Single(aksyonov.BirthPlaces);
        Assert.Equal(("Balti, Moldova", "MD"), (pob.Raw, pob.Code));
        Assert.Empty(aksyonov.Addresses); // his ADD.CSV row is all -0-
        Assert.Equal("DOB 26 Nov 1972; POB Balti, Moldova.", aksyonov.Remarks);
    }

    [Fact]
    public void Read_MultiProgrammeRow_SplitsProgrammesAndParsesTaxId()
    {
        var neobit = ReadAll(_reader, CsvExcerpt()).Entity("ofac-sdn:31414");

        Assert.Equal(EntityKind.Organisation, neobit.Kind);
        Assert.Equal(["NPWMD", "CYBER2", "CAATSA - RUSSIA", "RUSSIA-EO14024"], neobit.Programmes);
        var tax = Assert.Single(neobit.Identifiers);
        Assert.Equal((IdentifierType.TaxId, "7804360292", "RU", "Tax ID No."), (tax.Type, tax.Value, tax.Country, tax.RawType));
        var address = Assert.Single(neobit.Addresses);
        Assert.Equal(["d. 21 litera G, ul. Gzhatskaya", "St. Petersburg 195220"], address.Lines);
        Assert.Equal("RU", address.Country?.Code);
        Assert.Contains("Linked To: FEDERAL SECURITY SERVICE", neobit.Remarks, StringComparison.Ordinal);
        Assert.Equal(["NEOBIT, OOO"], neobit.Aliases.Select(a => a.Name));
    }

    [Fact]
    public void Read_RemarksSpillOver_AppendsCommentsWithoutSeparator()
    {
        var entities = ReadAll(_reader, CsvExcerpt());
        var cifuentes = entities.Entity("ofac-sdn:12300");
        var li = entities.Entity("ofac-sdn:28264");

        // The SDN row stops at "PROMO RAI", the comments row starts with "Z S.A.S.".
        Assert.Contains("Linked To: PROMO RAIZ S.A.S.; Linked To: RED MUNDIAL", cifuentes.Remarks, StringComparison.Ordinal);
        Assert.EndsWith("Linked To: R D I S.A.", cifuentes.Remarks, StringComparison.Ordinal);
        Assert.Equal(3, cifuentes.BirthDates.Count);
        Assert.Equal(RowsFor(Add, "12300"), cifuentes.Addresses.Count);
        Assert.Contains(cifuentes.Identifiers, i => i is { Type: IdentifierType.Passport, Value: "AL720622", Country: "CO" });

        // "...; P" + "hone Number 8613314257947; ..." and facts only in the continuation are parsed.
        Assert.Contains("sections 510.201 and 510.210; Phone Number 8613314257947;", li.Remarks, StringComparison.Ordinal);
        Assert.Contains(li.Identifiers, i => i is { Type: IdentifierType.Phone, Value: "8613314257947" });
        Assert.Contains(li.Identifiers, i => i is { Type: IdentifierType.NationalId, Value: "210302198701102136", Country: "CN" });
        Assert.Equal(12, li.Identifiers.Count(i => i.Type == IdentifierType.CryptoAddress));
        Assert.Equal(["blackjack1987", "khaleesi"], li.Aliases.Where(a => a.Quality == AliasQuality.Weak).Select(a => a.Name));
        Assert.Equal(["DPRK3", "CYBER2"], li.Programmes);
        Assert.Equal("CN", Assert.Single(li.Nationalities).Code);
    }

    [Fact]
    public void Read_RemarksCutAfterASpace_KeepsTheSpaceWhenJoining()
    {
        using var temp = new TempDirectory();
        var sdn = temp.File("sdn.csv");
        var comments = temp.File("sdn_comments.csv");
        File.WriteAllText(sdn, "5,\"ACME\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Website www.acme.example; Linked \"\r\n\u001A", Encoding.Latin1);
        File.WriteAllText(comments, "5,\"To: OTHER CO.\"\r\n", Encoding.Latin1);

        var acme = Assert.Single(ReadAll(_reader, new WatchlistInput(sdn, new Dictionary<string, string> { ["comments"] = comments })));

        Assert.Equal("Website www.acme.example; Linked To: OTHER CO.", acme.Remarks);
        Assert.Equal("www.acme.example", Assert.Single(acme.Identifiers).Value);
    }

    [Fact]
    public void Read_VesselAndAircraft_HaveKindsAndVesselDetails()
    {
        var entities = ReadAll(_reader, CsvExcerpt());
        var hermann = entities.Entity("ofac-sdn:4234");
        var aircraft = entities.Entity("ofac-sdn:15431");

        Assert.Equal(EntityKind.Vessel, hermann.Kind);
        Assert.Equal("HERMANN", hermann.PrimaryName.Full);
        Assert.Null(hermann.PrimaryName.Family);
        var callSign = Assert.Single(hermann.Identifiers);
        Assert.Equal((IdentifierType.CallSign, "CL2685"), (callSign.Type, callSign.Value));
        Assert.Equal(("Cuba", "CU"), (hermann.Nationalities[0].Raw, hermann.Nationalities[0].Code));
        Assert.Equal("Vessel Type General Cargo; Tonnage 2597; GRT 1098; Vessel Owner Compania Navegacion Golfo S.A.", hermann.Remarks);

        Assert.Equal(EntityKind.Aircraft, aircraft.Kind);
        Assert.Equal("EP-GOM", aircraft.PrimaryName.Full);
        Assert.Equal(["SDGT"], aircraft.Programmes);
        Assert.Contains("Aircraft Model IL76-TD", aircraft.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FormerAndNowKnownAs_MapAliasTypes()
    {
        var entities = ReadAll(_reader, CsvExcerpt());
        var abril = entities.Entity("ofac-sdn:4307");
        var ijg = entities.Entity("ofac-sdn:9334");

        Assert.Contains(abril.Aliases, a => a is { Name: "CORTEZ, Oliverio Abril", Type: AliasType.Fka, Quality: AliasQuality.Strong });
        Assert.Contains(abril.Aliases, a => a is { Name: "ABRIL CORTES, Oliverio", Type: AliasType.Aka });
        Assert.Equal(RowsFor(Add, "4307"), abril.Addresses.Count);
        Assert.Contains(abril.Identifiers, i => i is { Type: IdentifierType.Passport, Value: "AF368431", Country: "CO" });
        Assert.Contains(abril.Identifiers, i => i is { Type: IdentifierType.Other, Value: "3002003", RawType: "Cedula No." });

        Assert.Equal(EntityKind.Organisation, ijg.Kind);
        Assert.Equal(["FTO", "SDGT"], ijg.Programmes);
        Assert.Equal(
            ["ISLAMIC JIHAD UNION (IJU)", "ISLOMIY JIHOD ITTIHODI", "ITTIHAD AL-JIHAD AL-ISLAMI"],
            ijg.Aliases.Where(a => a.Type == AliasType.Nka).Select(a => a.Name));
        Assert.Contains(ijg.Aliases, a => a is { Name: "IJG", Quality: AliasQuality.Weak });
    }

    [Fact]
    public void Read_BinLadinAndAlZawahiri_KeepAliasesDatesAndPassports()
    {
        var entities = ReadAll(_reader, CsvExcerpt());
        var binLadin = entities.Entity("ofac-sdn:6365");
        var zawahiri = entities.Entity("ofac-sdn:2676");

        Assert.Equal(RowsFor(Alt, "6365"), binLadin.Aliases.Count);
        Assert.Contains(binLadin.Aliases, a => a.Name == "BIN LADEN, Osama");
        Assert.Equal(("BIN LADIN", "Usama", "bin Muhammad bin Awad"),
            (binLadin.PrimaryName.Family, binLadin.PrimaryName.Given, binLadin.PrimaryName.Middle));
        Assert.Equal([(1957, 7, 30), (1958, null, null)], binLadin.BirthDates.Select(d => (d.Year, d.Month, d.Day)));
        Assert.Equal(["SA", "YE"], binLadin.BirthPlaces.Select(p => p.Code));

        Assert.Equal(("AL ZAWAHIRI", "Ayman", null), (zawahiri.PrimaryName.Family, zawahiri.PrimaryName.Given, zawahiri.PrimaryName.Middle));
        Assert.Equal("AL ZAWAHIRI, Dr. Ayman", zawahiri.PrimaryName.Full);
        Assert.Equal(["Operational and Military Leader of JIHAD GROUP"], zawahiri.Positions);
        Assert.Contains(zawahiri.Aliases, a => a is { Name: "AL-ZAWAHIRI, Aiman Muhammad Rabi", Type: AliasType.Aka });
        Assert.Equal([("1084010", "EG"), ("19820215", null)],
            zawahiri.Identifiers.Where(i => i.Type == IdentifierType.Passport).Select(i => (i.Value, i.Country)));
    }

    [Fact]
    public void Read_RemarksWithContacts_YieldsEmailWebsiteSwiftAndWeakAliases()
    {
        var entities = ReadAll(_reader, CsvExcerpt());
        var kerch = entities.Entity("ofac-sdn:18027");
        var bank = entities.Entity("ofac-sdn:19034");

        Assert.Equal(["http://www.kerchport.com", "http://www.ukrport.org.ua"],
            kerch.Identifiers.Where(i => i.Type == IdentifierType.Website).Select(i => i.Value));
        Assert.Equal(["kmtp@kerch.sf.ukrtel.net", "referent.port@mail.ru", "kmtp@trport.kerch.crimea.com"],
            kerch.Identifiers.Where(i => i.Type == IdentifierType.Email).Select(i => i.Value));
        Assert.Contains(kerch.Identifiers, i => i is { Type: IdentifierType.Registration, Value: "01125554" });
        Assert.Contains(bank.Identifiers, i => i is { Type: IdentifierType.Swift, Value: "MORKUAUK" });
        Assert.Contains(bank.Identifiers, i => i is { Type: IdentifierType.Email, Value: "root@morskoybank.com" });

        Assert.Equal([("BNC", AliasQuality.Weak)], entities.Entity("ofac-sdn:306").Aliases.Where(a => a.Quality == AliasQuality.Weak).Select(a => (a.Name, a.Quality)));
        Assert.Contains(entities.Entity("ofac-sdn:21040").Aliases, a => a is { Name: "SUE RC 'KMP'", Quality: AliasQuality.Weak });
    }

    [Fact]
    public void Read_TitleAndRemarkFacts_FillPositionsNationalityAndGender()
    {
        var entities = ReadAll(_reader, CsvExcerpt());
        var chaliy = entities.Entity("ofac-sdn:16678");

        Assert.Equal(["Mayor of Sevastopol", "Chairman of the Coordination Council for the Establishment of the Sevastopol Municipal Administration"],
            chaliy.Positions);
        Assert.Equal(("Sevastopol, Ukraine", "UA"), (chaliy.BirthPlaces[0].Raw, chaliy.BirthPlaces[0].Code));
        Assert.Equal("UA-CRI", entities.Entity("ofac-sdn:16759").BirthPlaces[0].Code); // "Simferopol, Crimea"
        Assert.Contains("Gender Male", entities.Entity("ofac-sdn:20923").Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SourceOverride_StampsConsolidatedSource()
    {
        var entities = ReadAll(_reader, CsvExcerpt(), new ImportContext(WatchlistSources.OfacConsolidated));

        Assert.All(entities, e => Assert.StartsWith("ofac-cons:", e.Id, StringComparison.Ordinal));
        Assert.All(entities, e => Assert.Equal(WatchlistSources.OfacConsolidated, e.Source));
    }
}
