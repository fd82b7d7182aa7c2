using System.Text;

namespace KpiLang.Benchmarks;

/// <summary>
/// Inputs for the peers of the same size as kpic's: a Bicep file of storage accounts, app service plans and web apps
/// with parameters, variables, decorators and interpolation (what a Bicep linter reads), and a YAML file of goals
/// and indicators shaped like a .kpi specification, with a JSON schema for yaml-language-server to check it against.
/// </summary>
internal static class PeerFiles
{
    public static string Bicep(int lines)
    {
        var text = new StringBuilder("""
            @description('Waar de resources staan')
            param location string = resourceGroup().location
            @allowed(['dev', 'prod'])
            param omgeving string = 'dev'

            """);
        var count = CountLines(text);
        for (var i = 1; count < lines; i++)
            count += Append(text, $$"""
                var naam{{i}} = 'kpi${omgeving}${uniqueString(resourceGroup().id, '{{i}}')}'

                @description('Opslag voor programma {{i}}')
                resource opslag{{i}} 'Microsoft.Storage/storageAccounts@2023-01-01' = {
                  name: take(naam{{i}}, 24)
                  location: location
                  sku: {
                    name: omgeving == 'prod' ? 'Standard_GRS' : 'Standard_LRS'
                  }
                  kind: 'StorageV2'
                  properties: {
                    minimumTlsVersion: 'TLS1_2'
                    supportsHttpsTrafficOnly: true
                    allowBlobPublicAccess: false
                  }
                  tags: {
                    programma: 'p{{i}}'
                  }
                }

                """);
        return text.ToString();
    }

    public static string Yaml(int lines)
    {
        var text = new StringBuilder("organisatie:\n  naam: voorbeeldstad\n  titel: \"Gemeente Voorbeeldstad\"\ndoelen:\n");
        var count = CountLines(text);
        for (var d = 1; count < lines; d++)
        {
            count += Append(text, $"  - naam: doel_{d}\n    titel: \"Doel {d} voor inwoners\"\n    eigenaar: wethouder\n    indicatoren:\n");
            for (var k = 1; k <= 5; k++)
                count += Append(text, $$"""
                          - naam: d{{d}}_k{{k}}
                            titel: "Indicator {{k}} van doel {{d}}"
                            omschrijving: "Aantal deelnemers per kwartaal in wijk {{k}}"
                            soort: aantal
                            eenheid: deelnemers
                            frequentie: driemaandelijks
                            eigenaar: teamleider
                            nulmeting: { waarde: {{40 + k}}, datum: 2024-01-01 }
                            streefwaarden:
                              - { vergelijking: minimaal, waarde: {{50 + k}}, termijn: 2026-12-31 }

                    """);
        }
        return text.ToString();
    }

    public const string YamlSchema = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "type": "object",
          "required": ["organisatie", "doelen"],
          "properties": {
            "organisatie": { "type": "object", "required": ["naam", "titel"], "properties": { "naam": { "type": "string" }, "titel": { "type": "string" } } },
            "doelen": { "type": "array", "items": { "$ref": "#/definitions/doel" } }
          },
          "definitions": {
            "doel": {
              "type": "object", "required": ["naam", "titel"], "additionalProperties": false,
              "properties": { "naam": { "type": "string", "pattern": "^[a-z_0-9]+$" }, "titel": { "type": "string" }, "eigenaar": { "type": "string" },
                              "indicatoren": { "type": "array", "items": { "$ref": "#/definitions/indicator" } } }
            },
            "indicator": {
              "type": "object", "required": ["naam", "titel", "soort"], "additionalProperties": false,
              "properties": {
                "naam": { "type": "string", "pattern": "^[a-z_0-9]+$" }, "titel": { "type": "string" }, "omschrijving": { "type": "string" },
                "soort": { "enum": ["aantal", "percentage", "score", "bedrag"] }, "eenheid": { "type": "string" },
                "frequentie": { "enum": ["maandelijks", "driemaandelijks", "halfjaarlijks", "jaarlijks"] }, "eigenaar": { "type": "string" },
                "nulmeting": { "type": "object", "properties": { "waarde": { "type": "number" }, "datum": { "type": "string" } } },
                "streefwaarden": { "type": "array", "items": { "type": "object", "properties": {
                  "vergelijking": { "enum": ["minimaal", "maximaal"] }, "waarde": { "type": "number" }, "termijn": { "type": "string" } } } }
              }
            }
          }
        }
        """;

    private static int Append(StringBuilder text, string block)
    {
        text.Append(block);
        return block.AsSpan().Count('\n');
    }

    private static int CountLines(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks()) count += chunk.Span.Count('\n');
        return count;
    }
}
