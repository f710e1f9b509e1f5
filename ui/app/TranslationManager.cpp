#include "app/TranslationManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace relata::ui {

namespace {
const char kSettingsKey[] = "language";
}

TranslationManager::TranslationManager(QObject* parent) : QObject(parent) {}

TranslationManager::~TranslationManager() = default;

TranslationManager* TranslationManager::instance() {
    static TranslationManager* manager = new TranslationManager(QCoreApplication::instance());
    return manager;
}

QStringList TranslationManager::availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString TranslationManager::nativeName(const QString& language) {
    if (language == QLatin1String("de")) return QStringLiteral("Deutsch");
    if (language == QLatin1String("zh_CN")) return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString TranslationManager::languageForLocale(const QString& localeName) {
    const QLocale locale(localeName);
    if (locale.language() == QLocale::German) return QStringLiteral("de");
    if (locale.language() == QLocale::Chinese) return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString TranslationManager::savedChoice() const {
    return QSettings().value(kSettingsKey).toString();
}

void TranslationManager::loadInitial() {
    const QString choice = savedChoice();
    install(choice.isEmpty() || !availableLanguages().contains(choice) ? languageForLocale(QLocale::system().name())
                                                                        : choice);
}

bool TranslationManager::setLanguage(const QString& language, bool remember) {
    if (!language.isEmpty() && !availableLanguages().contains(language)) return false;
    if (remember) QSettings().setValue(kSettingsKey, language);
    const QString effective = language.isEmpty() ? languageForLocale(QLocale::system().name()) : language;
    if (effective == current_) return true;
    return install(effective);
}

bool TranslationManager::install(const QString& language) {
    if (translator_) QCoreApplication::removeTranslator(translator_.get());
    if (qtTranslator_) QCoreApplication::removeTranslator(qtTranslator_.get());
    translator_.reset();
    qtTranslator_.reset();
    bool ok = true;
    if (language != QLatin1String("en")) {
        auto translator = std::make_unique<QTranslator>();
        ok = translator->load(QStringLiteral(":/i18n/relata_") + language + QStringLiteral(".qm"));
        if (ok) {
            QCoreApplication::installTranslator(translator.get());
            translator_ = std::move(translator);
        }
        // Qt's own strings (standard dialogs), when the system has them.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            qtTranslator_ = std::move(qt);
        }
    }
    current_ = ok ? language : QStringLiteral("en");
    QLocale::setDefault(QLocale(current_ == QLatin1String("en") ? QStringLiteral("en_US") : current_));
    emit languageChanged(current_);
    return ok;
}

} // namespace relata::ui
