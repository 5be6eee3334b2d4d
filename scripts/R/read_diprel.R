# read_diprel.R: read a diprel release (or the repository itself) into typed data frames.
#
#   source("scripts/R/read_diprel.R")
#   d <- read_diprel("dist/diprel-0.1.0")          # named list of tibbles, one per table
#   m <- read_diprel_table("dist/diprel-0.1.0", "meetings")
#
# Needs only jsonlite and readr: the CSV files are read with the types of the
# Table Schemas the release's datapackage.json points at (the same schemas the
# Python loader uses): date -> Date, integer -> integer, number -> double,
# boolean -> logical, an enum -> factor with the schema's levels (ordered when
# the schema says categoriesOrdered), any other string -> character. An empty
# cell is NA; the text "NA" is a value. A cell that does not fit its type is an
# error, never a silent NA.

read_diprel <- function(path) {
  pkg <- .diprel_package(path)
  tables <- lapply(pkg$resources, function(res) .diprel_read(pkg$base, res))
  stats::setNames(tables, vapply(pkg$resources, function(res) res$name, character(1)))
}

read_diprel_table <- function(path, table) {
  pkg <- .diprel_package(path)
  for (res in pkg$resources) {
    if (identical(res$name, table)) return(.diprel_read(pkg$base, res))
  }
  names <- vapply(pkg$resources, function(res) res$name, character(1))
  stop(sprintf("no table '%s' in %s; tables: %s", table, pkg$base, paste(names, collapse = ", ")), call. = FALSE)
}

# path: a release directory, or its datapackage.json
.diprel_package <- function(path) {
  file <- if (dir.exists(path)) file.path(path, "datapackage.json") else path
  if (!file.exists(file)) stop(sprintf("no datapackage.json at %s", path), call. = FALSE)
  desc <- jsonlite::fromJSON(file, simplifyVector = FALSE)
  list(base = dirname(normalizePath(file)), resources = desc$resources)
}

# Descriptor paths are input: refuse absolute paths and any `..` step.
.diprel_inside <- function(base, rel) {
  parts <- strsplit(rel, "[/\\\\]")[[1]]
  if (grepl("^([/\\\\]|[A-Za-z]:)", rel) || any(parts == "..")) {
    stop(sprintf("path '%s' escapes the release directory", rel), call. = FALSE)
  }
  file.path(base, rel)
}

.diprel_collector <- function(field) {
  enum <- field$constraints$enum
  if (!is.null(enum)) {
    return(readr::col_factor(levels = unlist(enum), ordered = isTRUE(field$categoriesOrdered)))
  }
  type <- if (is.null(field$type)) "string" else field$type
  switch(type,
    date = readr::col_date(format = "%Y-%m-%d"),
    integer = readr::col_integer(),
    number = readr::col_double(),
    boolean = readr::col_logical(),
    readr::col_character()
  )
}

.diprel_read <- function(base, res) {
  schema <- jsonlite::fromJSON(.diprel_inside(base, res$schema), simplifyVector = FALSE)
  names <- vapply(schema$fields, function(f) f$name, character(1))
  types <- do.call(readr::cols, stats::setNames(lapply(schema$fields, .diprel_collector), names))
  file <- .diprel_inside(base, res$path)
  # readr's own parsing warning is replaced by the error below, which names the cell.
  data <- withCallingHandlers(
    readr::read_csv(file, col_types = types, na = "", trim_ws = FALSE, lazy = FALSE,
                    progress = FALSE, locale = readr::locale(encoding = "UTF-8")),
    vroom_parse_issue = function(w) invokeRestart("muffleWarning"))
  if (!identical(names(data), names)) {
    stop(sprintf("%s: columns %s differ from its schema's %s", res$path,
                 paste(names(data), collapse = ","), paste(names, collapse = ",")), call. = FALSE)
  }
  bad <- readr::problems(data)
  if (nrow(bad) > 0) {
    stop(sprintf("%s: row %d, column %d: expected %s, got '%s'", res$path, bad$row[1], bad$col[1],
                 bad$expected[1], bad$actual[1]), call. = FALSE)
  }
  data
}
