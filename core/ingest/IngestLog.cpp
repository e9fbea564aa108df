#include "IngestLog.h"

Q_LOGGING_CATEGORY(lcIngest, "wedlive.ingest")
