namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>The Latin spelling systems of the research doc §4 table (public: theory data of public test classes).</summary>
public enum CyrillicSystem
{
    /// <summary>ISO 9:1995 (= GOST 7.79 system A), with diacritics.</summary>
    Iso9,

    /// <summary>GOST 7.79-2000 system B (ASCII only).</summary>
    GostB,

    /// <summary>BGN/PCGN 1947 for Russian.</summary>
    BgnPcgn,

    /// <summary>ICAO Doc 9303 (Russian passports since 2013).</summary>
    Icao9303,

    /// <summary>The 2010–2013 Russian passport variant of ICAO 9303 (ц written tc).</summary>
    Icao2010,

    /// <summary>Ukraine's national system, KMU resolution No. 55 of 27 January 2010 (Ukrainian passports).</summary>
    Ukraine2010,

    /// <summary>German (Duden) convention.</summary>
    German,

    /// <summary>French convention.</summary>
    French,
}
