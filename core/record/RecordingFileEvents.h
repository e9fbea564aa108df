#pragma once

#include <memory>

#include <QString>

#include "common/Error.h"

namespace wl::record {

class RecordingFile;

// How a source's recording tells the writer what became of its files (writer thread).
class RecordingFileEvents {
public:
    virtual ~RecordingFileEvents() = default;
    // The file wrote its first frame: it has a name on disk and a start timecode.
    virtual void fileStarted(const RecordingFile& file) = 0;
    // The file is closed (Done) or failed; the writer keeps it for the status and finishes it.
    // `reason`: stop, publish_ended, config_changed, timestamp_jump, error.
    virtual void fileClosed(std::unique_ptr<RecordingFile> file, const QString& reason) = 0;
    // Writing failed in a way that stops the whole take: the disk is full or broken.
    virtual void diskFailed(const Error& error) = 0;
};

} // namespace wl::record
