#include "ApiToken.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace wl {

QString ApiToken::generate() {
    QByteArray bytes(24, Qt::Uninitialized); // 192 bits
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / static_cast<int>(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Expected<QString> ApiToken::loadOrCreate(const QString& configDir) {
    const QString path = QDir(configDir).filePath(QLatin1String(kFileName));
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::IoFailure, existing.errorString().toStdString(),
                             path.toStdString());
        const QString token = QString::fromUtf8(existing.readAll()).trimmed();
        if (token.size() < 16)
            return makeError(ErrorCode::ConfigInvalid,
                             "the stored API token is shorter than 16 characters",
                             path.toStdString());
        return token;
    }
    const QString token = generate();
    if (auto saved = save(configDir, token); !saved)
        return saved.error();
    return token;
}

Expected<void> ApiToken::save(const QString& configDir, const QString& token) {
    if (token.trimmed().size() < 16)
        return makeError(ErrorCode::InvalidArgument, "an API token needs at least 16 characters");
    if (!QDir().mkpath(configDir))
        return makeError(ErrorCode::IoFailure, "cannot create the folder", configDir.toStdString());
    const QString path = QDir(configDir).filePath(QLatin1String(kFileName));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::IoFailure, file.errorString().toStdString(),
                         path.toStdString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.trimmed().toUtf8() + '\n');
    if (!file.commit())
        return makeError(ErrorCode::IoFailure, file.errorString().toStdString(),
                         path.toStdString());
    return {};
}

} // namespace wl
