#pragma once

#include "DiskSpaceWatch.h"
#include "FileSink.h"

namespace wl::record {

// The recorder's ties to the machine, replaceable by tests: where free space is read from and a
// hook that can fail file writes. The defaults are the real volume and no faults.
struct RecordingEnvironment {
    FreeSpaceProbe freeSpace;  // empty = QStorageInfo
    WriteFaultHook writeFault; // empty = writes fail only when the system says so
};

} // namespace wl::record
