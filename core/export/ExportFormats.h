#pragma once
// The exporters behind Exporter::run, one per format (internal to core/export).
#include "export/Export.h"

namespace relata::exporting {

ExportResult exportSql(const Document& doc, const ResolvedSchema& schema, const ExportOptions& options);
ExportResult exportCppHeader(const Document& doc, const ResolvedSchema& schema, const ExportOptions& options);
ExportResult exportSequelize(const Document& doc, const ResolvedSchema& schema, const ExportOptions& options);
ExportResult exportMermaid(const Document& doc, const ResolvedSchema& schema, const ExportOptions& options);
ExportResult exportDbml(const Document& doc, const ResolvedSchema& schema, const ExportOptions& options);
ExportResult exportMarkdown(const Document& doc, const ResolvedSchema& schema, const ExportOptions& options);

} // namespace relata::exporting
