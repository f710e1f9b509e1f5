#include "app/TranslationManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace relata::ui {

namespace {
const char kSettingsKey[] = "language";

// The translator for `file` in `directory`, installed; null when there is none.
std::unique_ptr<QTranslator> installedTranslator(const QString& file, const QString& directory) {
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory)) return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}
} // namespace

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
    if (installed_ && effective == current_) return true;
    return install(effective);
}

bool TranslationManager::install(const QString& language) {
    if (translator_) QCoreApplication::removeTranslator(translator_.get());
    if (qtTranslator_) QCoreApplication::removeTranslator(qtTranslator_.get());
    translator_ = installedTranslator(QStringLiteral("relata_") + language, QStringLiteral(":/i18n"));
    const bool ok = translator_ != nullptr;
    const QString effective = ok ? language : QStringLiteral("en");
    // English is the source language, but its %n texts ("%n step(s)") still need their singular
    // and plural forms ("1 step", "8 steps"): relata_en.qm holds only those.
    if (!ok) translator_ = installedTranslator(QStringLiteral("relata_en"), QStringLiteral(":/i18n"));
    // Qt's own strings (standard dialogs), when the system has them.
    qtTranslator_ = effective == QLatin1String("en")
                        ? nullptr
                        : installedTranslator(QStringLiteral("qtbase_") + effective,
                                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installed_ = true;
    current_ = effective;
    QLocale::setDefault(QLocale(current_ == QLatin1String("en") ? QStringLiteral("en_US") : current_));
    emit languageChanged(current_);
    return ok;
}

} // namespace relata::ui
