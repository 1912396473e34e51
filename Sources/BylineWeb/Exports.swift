// The web API speaks the core's types (ArticleMetadata, LoadedArticle, PageLink, LoadError):
// importing BylineWeb brings them along.
@_exported import BylineCore
