#pragma once
// The example designs (resources/examples/*.relata.json). They are compiled into the program
// (":/examples/"), so the Examples menu works from the build tree, an installed binary and a
// fresh clone alike; RELATA_EXAMPLES_DIR points at another folder instead.
#include <QList>
#include <QString>

namespace relata::ui {

struct ExampleDesign {
    QString path;        // ":/examples/shop.relata.json" or a file path
    QString fileName;    // "shop.relata.json"
    QString title;       // "Shop", "15 btm worker tasks"
    QString description; // the file's "description", may be empty
    bool guide = false;  // one of the associations guide's examples
};

class Examples {
public:
    static QString directory(); // ":/examples" or RELATA_EXAMPLES_DIR
    static QList<ExampleDesign> all();
    static ExampleDesign find(const QString& fileName);
};

} // namespace relata::ui
