#pragma once

#include <QString>

namespace wl::record {

// Names that are safe on every file system an editor may copy recordings to (FAT/exFAT, NTFS,
// ext4, APFS): ASCII letters, digits, '-' and '_', never empty, at most `maxLength` characters.
class FileNames {
public:
    // "Stage left / Bühne" → "Stage_left_Buhne"; empty or unusable → `fallback`.
    static QString fileSafe(const QString& text, const QString& fallback, int maxLength = 40);
    // "Anna & Ben's Wedding!" → "anna-ben-s-wedding" (lower case, '-' between words).
    static QString slug(const QString& text, const QString& fallback, int maxLength = 60);
    // "cam2_Stage.mp4", "cam2_Stage_part2.mp4", "program.mp4", "program_part3.mp4".
    static QString mediaFile(const QString& stem, int part);
    // "cam2" + "Stage" → "cam2_Stage"; without a usable name just "cam2".
    static QString cameraStem(const QString& cameraId, const QString& cameraName);
};

} // namespace wl::record
