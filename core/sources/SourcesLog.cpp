#include "SourcesLog.h"

Q_LOGGING_CATEGORY(lcSources, "wedlive.sources")
