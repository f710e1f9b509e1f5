#include "sync/SyncPlan.h"

namespace relata {

const char* syncModeName(SyncMode mode) {
    switch (mode) {
    case SyncMode::Create: return "create";
    case SyncMode::Alter: return "alter";
    case SyncMode::Force: return "force";
    }
    return "";
}

bool parseSyncMode(const std::string& text, SyncMode& out) {
    if (text == "create") out = SyncMode::Create;
    else if (text == "alter") out = SyncMode::Alter;
    else if (text == "force") out = SyncMode::Force;
    else return false;
    return true;
}

const char* stepKindName(StepKind kind) {
    switch (kind) {
    case StepKind::CreateEnum: return "create enum type";
    case StepKind::RenameEnum: return "rename enum type";
    case StepKind::AlterEnum: return "change enum type";
    case StepKind::DropEnum: return "drop enum type";
    case StepKind::CreateTable: return "create table";
    case StepKind::RenameTable: return "rename table";
    case StepKind::RebuildTable: return "rebuild table";
    case StepKind::DropTable: return "drop table";
    case StepKind::AddColumn: return "add column";
    case StepKind::AlterColumn: return "alter column";
    case StepKind::RenameColumn: return "rename column";
    case StepKind::DropColumn: return "drop column";
    case StepKind::AddPrimaryKey: return "add primary key";
    case StepKind::DropPrimaryKey: return "drop primary key";
    case StepKind::AddUnique: return "add unique key";
    case StepKind::DropUnique: return "drop unique key";
    case StepKind::AddForeignKey: return "add foreign key";
    case StepKind::DropForeignKey: return "drop foreign key";
    case StepKind::CreateIndex: return "create index";
    case StepKind::DropIndex: return "drop index";
    }
    return "";
}

const char* riskName(Risk risk) {
    switch (risk) {
    case Risk::Safe: return "safe";
    case Risk::DataLoss: return "data loss";
    case Risk::Blocked: return "blocked";
    }
    return "";
}

std::string groupedNumber(long long n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

std::string SyncStep::title() const {
    std::string out = stepKindName(kind);
    out += ' ';
    switch (kind) {
    case StepKind::CreateEnum:
    case StepKind::RenameEnum:
    case StepKind::AlterEnum:
    case StepKind::DropEnum:
        out += column;
        break;
    case StepKind::AddColumn:
    case StepKind::AlterColumn:
    case StepKind::RenameColumn:
    case StepKind::DropColumn:
        out += table + "." + column;
        break;
    default:
        out += table;
        if (!column.empty()) out += " (" + column + ")";
    }
    return out;
}

bool SyncPlan::hasRisk(Risk risk) const { return count(risk) > 0; }

size_t SyncPlan::count(Risk risk) const {
    size_t n = 0;
    for (const SyncStep& s : steps) n += s.risk == risk ? 1 : 0;
    return n;
}

std::vector<std::string> SyncPlan::statements() const {
    std::vector<std::string> out;
    for (const SyncStep& s : steps) out.insert(out.end(), s.sql.begin(), s.sql.end());
    return out;
}

std::string SyncPlan::script() const {
    std::string out;
    for (const SyncStep& s : steps)
        for (const std::string& q : s.sql) out += q + ";\n";
    return out;
}

std::string SyncPlan::text(const std::string& target) const {
    std::string out;
    if (steps.empty()) {
        out += "In sync";
        if (!target.empty()) out += ": " + target;
        out += " matches the design (" + std::string(syncModeName(mode)) + " mode): nothing to do.\n";
    } else {
        out += "Plan";
        if (!target.empty()) out += " for " + target;
        out += " (" + std::string(syncModeName(mode)) + " mode): " + std::to_string(steps.size()) +
               (steps.size() == 1 ? " step" : " steps");
        const size_t loss = count(Risk::DataLoss), blocked = count(Risk::Blocked);
        if (loss) out += ", " + std::to_string(loss) + " with data loss";
        if (blocked) out += ", " + std::to_string(blocked) + " blocked";
        out += ".\n";
        if (transactional())
            out += "All steps run in one transaction: if any step fails, nothing is changed.\n";
        else
            out += "MySQL/MariaDB commits each DDL statement at once: the steps run one by one, and if one fails\n"
                   "the steps before it stay applied; relata then lists what ran and how to finish or undo it.\n";
        out += "\n";
        for (size_t i = 0; i < steps.size(); ++i) {
            const SyncStep& s = steps[i];
            out += std::to_string(i + 1) + ". " + s.title();
            if (!s.summary.empty()) out += ": " + s.summary;
            out += "  [" + std::string(riskName(s.risk));
            if (!s.lossFigure.empty()) out += ": " + s.lossFigure;
            out += "]\n";
            for (const std::string& q : s.sql) out += "     " + q + ";\n";
        }
    }
    if (!notes.empty()) {
        out += "\nNotes:\n";
        for (const std::string& n : notes) out += "  - " + n + "\n";
    }
    return out;
}

} // namespace relata
