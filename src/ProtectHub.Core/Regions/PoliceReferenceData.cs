namespace ProtectHub.Core.Regions;

/// <summary>
/// The 10 regions and 43 territorial forces of England and Wales, generated from shared/reference/uk-police-regions.csv.
/// Seeded by migration (HasData) so every database, on either provider, holds the same reference rows.
/// </summary>
public static class PoliceReferenceData
{
    public static IReadOnlyList<Region> Regions { get; } =
    [
        new Region { Code = "NE", Name = "North East", UnitName = "North East Regional Special Operations Unit (NERSOU)" },
        new Region { Code = "NW", Name = "North West", UnitName = "North West Regional Organised Crime Unit (NWROCU)" },
        new Region { Code = "YH", Name = "Yorkshire and the Humber", UnitName = "Yorkshire and Humber Regional Organised Crime Unit (YHROCU)" },
        new Region { Code = "EM", Name = "East Midlands", UnitName = "East Midlands Special Operations Unit (EMSOU)" },
        new Region { Code = "WM", Name = "West Midlands", UnitName = "West Midlands Regional Organised Crime Unit (ROCU WM)" },
        new Region { Code = "E", Name = "Eastern", UnitName = "Eastern Region Special Operations Unit (ERSOU)" },
        new Region { Code = "SE", Name = "South East", UnitName = "South East Regional Organised Crime Unit (SEROCU)" },
        new Region { Code = "SW", Name = "South West", UnitName = "South West Regional Organised Crime Unit (Zephyr)" },
        new Region { Code = "WA", Name = "Wales", UnitName = "Southern Wales Regional Organised Crime Unit (Tarian)" },
        new Region { Code = "LDN", Name = "London", UnitName = "Metropolitan Police Service and City of London Police" },
    ];

    public static IReadOnlyList<Force> Forces { get; } =
    [
        new Force { Code = "CLEVELAND", Name = "Cleveland Police", RegionCode = "NE" },
        new Force { Code = "DURHAM", Name = "Durham Constabulary", RegionCode = "NE" },
        new Force { Code = "NORTHUMBRIA", Name = "Northumbria Police", RegionCode = "NE" },
        new Force { Code = "CHESHIRE", Name = "Cheshire Constabulary", RegionCode = "NW" },
        new Force { Code = "CUMBRIA", Name = "Cumbria Constabulary", RegionCode = "NW" },
        new Force { Code = "GMP", Name = "Greater Manchester Police", RegionCode = "NW" },
        new Force { Code = "LANCASHIRE", Name = "Lancashire Constabulary", RegionCode = "NW" },
        new Force { Code = "MERSEYSIDE", Name = "Merseyside Police", RegionCode = "NW" },
        new Force { Code = "NORTHWALES", Name = "North Wales Police", RegionCode = "NW" },
        new Force { Code = "HUMBERSIDE", Name = "Humberside Police", RegionCode = "YH" },
        new Force { Code = "NORTHYORKS", Name = "North Yorkshire Police", RegionCode = "YH" },
        new Force { Code = "SOUTHYORKS", Name = "South Yorkshire Police", RegionCode = "YH" },
        new Force { Code = "WESTYORKS", Name = "West Yorkshire Police", RegionCode = "YH" },
        new Force { Code = "DERBYSHIRE", Name = "Derbyshire Constabulary", RegionCode = "EM" },
        new Force { Code = "LEICESTERSHIRE", Name = "Leicestershire Police", RegionCode = "EM" },
        new Force { Code = "LINCOLNSHIRE", Name = "Lincolnshire Police", RegionCode = "EM" },
        new Force { Code = "NORTHANTS", Name = "Northamptonshire Police", RegionCode = "EM" },
        new Force { Code = "NOTTS", Name = "Nottinghamshire Police", RegionCode = "EM" },
        new Force { Code = "STAFFORDSHIRE", Name = "Staffordshire Police", RegionCode = "WM" },
        new Force { Code = "WARWICKSHIRE", Name = "Warwickshire Police", RegionCode = "WM" },
        new Force { Code = "WESTMERCIA", Name = "West Mercia Police", RegionCode = "WM" },
        new Force { Code = "WESTMIDS", Name = "West Midlands Police", RegionCode = "WM" },
        new Force { Code = "BEDFORDSHIRE", Name = "Bedfordshire Police", RegionCode = "E" },
        new Force { Code = "CAMBRIDGESHIRE", Name = "Cambridgeshire Constabulary", RegionCode = "E" },
        new Force { Code = "ESSEX", Name = "Essex Police", RegionCode = "E" },
        new Force { Code = "HERTFORDSHIRE", Name = "Hertfordshire Constabulary", RegionCode = "E" },
        new Force { Code = "KENT", Name = "Kent Police", RegionCode = "E" },
        new Force { Code = "NORFOLK", Name = "Norfolk Constabulary", RegionCode = "E" },
        new Force { Code = "SUFFOLK", Name = "Suffolk Constabulary", RegionCode = "E" },
        new Force { Code = "HAMPSHIRE", Name = "Hampshire and Isle of Wight Constabulary", RegionCode = "SE" },
        new Force { Code = "SURREY", Name = "Surrey Police", RegionCode = "SE" },
        new Force { Code = "SUSSEX", Name = "Sussex Police", RegionCode = "SE" },
        new Force { Code = "THAMESVALLEY", Name = "Thames Valley Police", RegionCode = "SE" },
        new Force { Code = "AVONSOMERSET", Name = "Avon and Somerset Police", RegionCode = "SW" },
        new Force { Code = "DEVONCORNWALL", Name = "Devon and Cornwall Police", RegionCode = "SW" },
        new Force { Code = "DORSET", Name = "Dorset Police", RegionCode = "SW" },
        new Force { Code = "GLOUCESTERSHIRE", Name = "Gloucestershire Constabulary", RegionCode = "SW" },
        new Force { Code = "WILTSHIRE", Name = "Wiltshire Police", RegionCode = "SW" },
        new Force { Code = "DYFEDPOWYS", Name = "Dyfed-Powys Police", RegionCode = "WA" },
        new Force { Code = "GWENT", Name = "Gwent Police", RegionCode = "WA" },
        new Force { Code = "SOUTHWALES", Name = "South Wales Police", RegionCode = "WA" },
        new Force { Code = "MET", Name = "Metropolitan Police Service", RegionCode = "LDN" },
        new Force { Code = "CITY", Name = "City of London Police", RegionCode = "LDN" },
    ];

    private static readonly Dictionary<string, Force> ForcesByCode = Forces.ToDictionary(f => f.Code, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, Region> RegionsByCode = Regions.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Force names by code: the reference data never changes at run time, so names need no query.</summary>
    public static IReadOnlyDictionary<string, string> ForceNames { get; } = Forces.ToDictionary(f => f.Code, f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>A force's name, or the code itself when it is not a force of England and Wales.</summary>
    public static string ForceName(string? code) => code is not null && ForcesByCode.TryGetValue(code, out var force) ? force.Name : code ?? "";

    /// <summary>A region's name, or the code itself when it is not a region.</summary>
    public static string RegionName(string? code) => code is not null && RegionsByCode.TryGetValue(code, out var region) ? region.Name : code ?? "";

    /// <summary>The forces of a region, by name.</summary>
    public static IReadOnlyList<Force> ForcesOf(string? regionCode) =>
        [.. Forces.Where(f => string.Equals(f.RegionCode, regionCode, StringComparison.OrdinalIgnoreCase)).OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>Whether the force belongs to the region.</summary>
    public static bool IsForceOf(string? forceCode, string? regionCode) =>
        forceCode is not null && ForcesByCode.TryGetValue(forceCode, out var force) && string.Equals(force.RegionCode, regionCode, StringComparison.OrdinalIgnoreCase);
}
