#include "app/Examples.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace relata::ui {

QString Examples::directory() {
    const QString fromEnvironment = qEnvironmentVariable("RELATA_EXAMPLES_DIR");
    if (!fromEnvironment.isEmpty() && QDir(fromEnvironment).exists()) return fromEnvironment;
    return QStringLiteral(":/examples");
}

QList<ExampleDesign> Examples::all() {
    QList<ExampleDesign> out;
    const QDir dir(directory());
    const QStringList names = dir.entryList({QStringLiteral("*.relata.json")}, QDir::Files, QDir::Name);
    static const QRegularExpression guideName(QStringLiteral("^guide-(\\d+[a-z]?)-(.*)$"));
    for (const QString& name : names) {
        ExampleDesign e;
        e.path = dir.filePath(name);
        e.fileName = name;
        const QString stem = name.left(name.size() - int(qstrlen(".relata.json")));
        const QRegularExpressionMatch m = guideName.match(stem);
        if (m.hasMatch()) {
            e.guide = true;
            e.title = m.captured(1) + QLatin1Char(' ') + QString(m.captured(2)).replace(QLatin1Char('-'), QLatin1Char(' '));
        } else {
            QString words = QString(stem).replace(QLatin1Char('-'), QLatin1Char(' '));
            if (!words.isEmpty()) words[0] = words[0].toUpper();
            e.title = words;
        }
        QFile file(e.path);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
            e.description = root.value(QStringLiteral("description")).toString();
        }
        out.append(e);
    }
    // Designs of their own first, then the guide's examples in order.
    std::stable_sort(out.begin(), out.end(), [](const ExampleDesign& a, const ExampleDesign& b) {
        return !a.guide && b.guide;
    });
    return out;
}

ExampleDesign Examples::find(const QString& fileName) {
    for (const ExampleDesign& e : all())
        if (e.fileName == fileName) return e;
    return {};
}

} // namespace relata::ui
