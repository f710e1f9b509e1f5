// libFuzzer target: arbitrary bytes through the whole pipeline that `relata-cli ddl` runs,
// load -> resolve -> validate -> DDL for every dialect. Anything that crashes, trips ASan/UBSan,
// hangs or leaks here is a bug: the core must cope with any input (DocumentReader never throws).
//
//   build-fuzz/tests/fuzz/fuzz_pipeline -max_total_time=60 -dict=tests/fuzz/relata.dict CORPUS_COPY/
//   build-fuzz/tests/fuzz/fuzz_pipeline crash-<sha1>          # replay one input
#include "resolve/Resolver.h"
#include "schema/DocumentReader.h"
#include "sql/DdlGenerator.h"
#include "sql/Dialect.h"
#include "validate/Validator.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace {

// Touches every diagnostic's text, so that formatting is fuzzed too.
size_t formatAll(const relata::Diagnostics& diagnostics) {
    size_t total = 0;
    for (const relata::Diagnostic& d : diagnostics)
        total += d.format("fuzz.relata.json").size();
    return total;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // A design file is small; multi-megabyte inputs only slow the fuzzer down.
    if (size > (1u << 20))
        return 0;
    const std::string text(reinterpret_cast<const char*>(data), size);

    relata::Document doc;
    relata::Diagnostics readErrors;
    if (!relata::DocumentReader::read(text, doc, readErrors)) {
        formatAll(readErrors);
        return 0;
    }

    const relata::ResolvedSchema schema = relata::Resolver::resolve(doc);
    const relata::Diagnostics diagnostics = relata::Validator::validate(doc, schema);
    formatAll(diagnostics);

    // Sequelize threw: relata-cli refuses the document, no DDL is generated from the partial state.
    if (schema.error)
        return 0;

    volatile size_t sink = 0; // keep the results observable
    for (relata::DialectKind kind : relata::Dialect::all()) {
        const std::unique_ptr<relata::Dialect> dialect = relata::Dialect::create(kind);
        if (!dialect)
            continue;
        const std::string script = relata::DdlGenerator::createScript(schema, *dialect);
        sink = sink + script.size();
    }
    (void)sink;
    return 0;
}
