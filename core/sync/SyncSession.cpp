#include "sync/SyncSession.h"

#include "naming/CountedNoun.h"
#include "sync/DataProbe.h"
#include "sync/Introspector.h"
#include "sync/SchemaDiff.h"

namespace relata {

SyncSession::SyncSession(const Document& doc, const ResolvedSchema& schema, DatabaseConnection& connection)
    : schema_(schema), connection_(connection), dialect_(Dialect::create(connection.kind())),
      hints_(RenameHints::fromDocument(doc, schema)) {}

bool SyncSession::readLive(std::string& error) {
    return Introspector::create(connection_.kind())->read(connection_, live_, error);
}

SyncPlan SyncSession::plan(SyncMode mode) {
    DataProbe probe(&connection_, dialect_.get());
    SchemaDiff::Input in{schema_, *dialect_, live_, mode, &hints_, &probe};
    return SchemaDiff::plan(in);
}

bool SyncSession::permitted(const SyncPlan& plan, bool allowDataLoss, bool yes, std::string& why) {
    if (plan.hasRisk(Risk::Blocked)) {
        why = naming::counted(plan.count(Risk::Blocked), "step") +
              " cannot succeed on the data as it is (marked blocked above): fix the data or the design first";
        return false;
    }
    if (plan.mode == SyncMode::Force && !plan.empty() && !yes) {
        why = "force mode drops and recreates every table: add --yes to confirm";
        return false;
    }
    if (plan.hasRisk(Risk::DataLoss) && !(plan.mode == SyncMode::Force ? yes : allowDataLoss)) {
        why = naming::counted(plan.count(Risk::DataLoss), "step") +
              " would lose data (marked data loss above): add --allow-data-loss to accept that";
        return false;
    }
    return true;
}

ApplyResult SyncSession::apply(const SyncPlan& plan, const PlanExecutor::Progress& progress) {
    return PlanExecutor::apply(connection_, plan, progress);
}

} // namespace relata
