#include "FileNames.h"

namespace wl::record {

namespace {

// Drops accents ("ü" → "u") so names keep their letters instead of turning into underscores.
QString withoutAccents(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result;
}

bool isPlainAlphanumeric(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Keeps ASCII letters and digits (and `keep`), turns every run of anything else into `separator`.
QString collapse(const QString& text, QChar separator, const QString& keep, int maxLength) {
    QString result;
    bool pendingSeparator = false;
    for (const QChar c : withoutAccents(text)) {
        if (isPlainAlphanumeric(c) || keep.contains(c)) {
            if (pendingSeparator && !result.isEmpty())
                result.append(separator);
            pendingSeparator = false;
            result.append(c);
        } else {
            pendingSeparator = true;
        }
    }
    result.truncate(maxLength);
    while (result.endsWith(separator) || result.endsWith(u'.'))
        result.chop(1);
    return result;
}

} // namespace

QString FileNames::fileSafe(const QString& text, const QString& fallback, int maxLength) {
    const QString safe = collapse(text, u'_', QStringLiteral("-"), maxLength);
    return safe.isEmpty() ? fallback : safe;
}

QString FileNames::slug(const QString& text, const QString& fallback, int maxLength) {
    const QString safe = collapse(text.toLower(), u'-', QString(), maxLength);
    return safe.isEmpty() ? fallback : safe;
}

QString FileNames::mediaFile(const QString& stem, int part) {
    if (part <= 1)
        return stem + QStringLiteral(".mp4");
    return stem + QStringLiteral("_part") + QString::number(part) + QStringLiteral(".mp4");
}

QString FileNames::cameraStem(const QString& cameraId, const QString& cameraName) {
    const QString id = fileSafe(cameraId, QStringLiteral("cam"));
    const QString name = fileSafe(cameraName, QString());
    if (name.isEmpty() || name == id)
        return id;
    return id + u'_' + name;
}

} // namespace wl::record
