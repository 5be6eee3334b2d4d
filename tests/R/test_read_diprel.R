# Rscript tests/R/test_read_diprel.R RELEASE_DIR
# Checks that the R loader gives the schema's types and the seed's known values.
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 1)
release <- args[1]
self <- sub("^--file=", "", grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE))
source(file.path(dirname(normalizePath(self)), "..", "..", "scripts", "R", "read_diprel.R"))

d <- read_diprel(release)
stopifnot(is.list(d), all(c("sources", "actors", "conflicts", "meetings", "mediation_offers", "ceasefires",
                            "casualty_figures", "records", "evidence") %in% names(d)))

cas <- d$casualty_figures
stopifnot(is.integer(cas$count), setequal(cas$count, c(40L, 113L)))
stopifnot(inherits(cas$date_end, "Date"), all(cas$date_end == as.Date("2025-05-10")))
stopifnot(inherits(cas$date_start, "Date"), all(is.na(cas$date_start)))
stopifnot(is.factor(cas$population), !is.ordered(cas$population),
          identical(levels(cas$population), c("civilian", "military", "unspecified")))
stopifnot(setequal(as.character(cas$population), c("civilian", "military")))
stopifnot(is.ordered(cas$date_precision), identical(levels(cas$date_precision), c("day", "week", "month", "year")))
stopifnot(is.character(cas$note), is.character(cas$figure_id))

stopifnot(is.double(d$conflicts$duration_hours), d$conflicts$duration_hours[d$conflicts$conflict_id == "con-2025-ind-pak"] == 87)
stopifnot(is.integer(d$evidence$start), is.integer(d$sources$text_chars))

m <- read_diprel_table(release, "meetings")
row <- m[m$meeting_id == "mtg-2025-06-18-usa-pak", ]
stopifnot(nrow(row) == 1, row$date_start == as.Date("2025-06-18"), as.character(row$cameo_code) == "042")

# An actor id "NA" would be a value, not a missing one: no id is NA.
stopifnot(!anyNA(d$actors$actor_id))

failed <- tryCatch({ read_diprel_table(release, "no_such_table"); FALSE }, error = function(e) grepl("no table", conditionMessage(e)))
stopifnot(failed)
cat("R loader: OK\n")
