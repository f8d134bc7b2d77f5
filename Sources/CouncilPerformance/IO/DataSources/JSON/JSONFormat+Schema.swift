extension JSONFormat {
    /// A JSON Schema (draft 2020-12) for the document, generated from ``TableSchema``.
    ///
    /// `Documentation/council-performance.schema.json` is this schema; a test keeps the two identical.
    ///
    /// - Returns: The schema's UTF-8 bytes.
    public static func jsonSchema() -> [UInt8] {
        var text = "{\n"
        text += "  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
        text += "  \"title\": \"CouncilPerformance data document\",\n"
        text +=
            "  \"description\": \"A council's plan, measures, observations, savings projects and change requests, as tables of rows.\",\n"
        text += "  \"type\": \"object\",\n"
        text += "  \"required\": [\"formatVersion\", \"council\"],\n"
        text += "  \"additionalProperties\": false,\n"
        text += "  \"properties\": {\n"
        text += "    \"formatVersion\": {\"const\": \(formatVersion)}"
        for table in TableSchema.all {
            text += ",\n    \(JSONText.quoted(table.name)): {\n"
            text += "      \"description\": \(JSONText.quoted(table.summary)),\n"
            text += "      \"type\": \"array\",\n"
            text += "      \"items\": {\n"
            text += "        \"type\": \"object\",\n"
            text += "        \"additionalProperties\": false,\n"
            let required = table.columns.filter(\.isRequired).map { JSONText.quoted($0.name) }
            text += "        \"required\": [\(required.joined(separator: ", "))],\n"
            text += "        \"properties\": {\n"
            text += table.columns.map { column in
                "          \(JSONText.quoted(column.name)): {\"type\": [\"string\", \"number\", \"boolean\", \"null\"], \"description\": \(JSONText.quoted(column.summary))}"
            }.joined(separator: ",\n")
            text += "\n        }\n      }\n    }"
        }
        text += "\n  }\n}\n"
        return Array(text.utf8)
    }
}
