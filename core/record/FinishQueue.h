#pragma once

#include <cstdint>
#include <deque>
#include <memory>

#include "DiskSpaceWatch.h"
#include "FileFinisher.h"
#include "RecordingFile.h"
#include "RecordingSettings.h"

namespace wl::record {

// Closed files waiting to be rewritten into plain MP4s (FinishMode::Remux), worked off a slice at
// a time between live media. A file whose rewrite cannot be done (no room, an error) stays as
// the fragmented file it already is, which plays. Writer thread only.
class FinishQueue {
public:
    FinishQueue(const RecordingSettings& settings, FreeSpaceProbe probe, WriteFaultHook fault);

    // Queues a closed (Done) file of take `generation`; its state becomes Finishing.
    void add(std::shared_ptr<RecordingFile> file, std::uint64_t generation);
    // Rewrites up to `maxPackets` packets of the first file; true while work remains.
    bool step(int maxPackets);
    // Keeps stepping until done or `budgetUs` has passed; leaves the rest as they are
    // (fragmented). Returns how many files were left.
    int finishWithin(std::int64_t budgetUs);
    bool isEmpty() const { return m_jobs.empty(); }
    // Files of the given take generation still queued.
    bool hasFilesOf(std::uint64_t generation) const;
    // The files being finished, for the status.
    std::vector<std::shared_ptr<RecordingFile>> files() const;

private:
    struct Job {
        std::shared_ptr<RecordingFile> file;
        std::unique_ptr<FileFinisher> finisher;
        std::uint64_t generation = 0;
    };
    void keepFragmented(Job& job, const QString& why);

    const RecordingSettings& m_settings;
    FreeSpaceProbe m_probe;
    WriteFaultHook m_fault;
    std::deque<Job> m_jobs;
};

} // namespace wl::record
