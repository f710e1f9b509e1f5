// Sync against a real mysql database (see sync_scenarios.h; servers: scripts/db-servers.sh).
#include "sync_scenarios.h"

#include <QtTest>

namespace {
constexpr relata::DialectKind kKind = relata::DialectKind::MySql;
}

class TstSync_mysql : public QObject {
    Q_OBJECT
private slots:
    void conformanceRoundTrip() { synctest::conformanceRoundTrip(kKind); }
    void addNullableColumn() { synctest::addNullableColumn(kKind); }
    void makeNotNull() { synctest::makeNotNull(kKind); }
    void changeType() { synctest::changeType(kKind); }
    void dropColumn() { synctest::dropColumn(kKind); }
    void renameWithRenamedFrom() { synctest::renameWithRenamedFrom(kKind); }
    void associations() { synctest::associations(kKind); }
    void typesAndDefaults() { synctest::typesAndDefaults(kKind); }
    void enumLabels() { synctest::enumLabels(kKind); }
    void faultHalfWay() { synctest::faultHalfWay(kKind); }
    void connectionKilled() { synctest::connectionKilled(kKind); }
    void hostileNames() { synctest::hostileNames(kKind); }
    void forceNeedsYes() { synctest::forceNeedsYes(kKind); }
};

QTEST_GUILESS_MAIN(TstSync_mysql)
#include "tst_sync_mysql.moc"
