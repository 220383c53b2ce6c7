package cn.ipfin.content.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import cn.ipfin.content.Article;
import cn.ipfin.content.ArticleAttachment;
import cn.ipfin.content.ArticleDraft;
import cn.ipfin.content.ArticleService;
import cn.ipfin.content.ArticleStatus;
import cn.ipfin.content.api.ArticleViews.ArticleView;
import cn.ipfin.content.api.ArticleViews.AttachmentView;
import cn.ipfin.content.api.ArticleViews.PageView;
import cn.ipfin.identity.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Article management for platform staff: write, submit, review (by a second user), withdraw and attach files.
 * Every change carries the version read last, and a stale one gets 409.
 */
@RestController
@RequestMapping("/api/v1/operator/articles")
@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
class OperatorArticleApiController {

    private final ArticleService articles;

    OperatorArticleApiController(ArticleService articles) {
        this.articles = articles;
    }

    /** The reason a reviewer gives for returning an article. */
    record ReturnRequest(String reason) {
    }

    @GetMapping
    PageView<ArticleView> list(@RequestParam(required = false) ArticleStatus status,
            @RequestParam(defaultValue = "0") int page) {
        Page<Article> found = articles.all(status, PageRequest.of(Math.max(page, 0), 50,
                Sort.by(Sort.Direction.DESC, "updatedAt")));
        return new PageView<>(found.map(this::view).getContent(), found.getTotalElements(), found.getNumber(), 50);
    }

    @GetMapping("/{id}")
    ArticleView get(@PathVariable Long id) {
        return view(articles.get(id));
    }

    @PostMapping
    ResponseEntity<ArticleView> create(@RequestBody ArticleDraft draft, @AuthenticationPrincipal CurrentUser user) {
        Article article = articles.create(draft, user.username());
        return ResponseEntity.created(URI.create("/api/v1/operator/articles/" + article.getId())).body(view(article));
    }

    @PutMapping("/{id}")
    ArticleView revise(@PathVariable Long id, @RequestParam long version, @RequestBody ArticleDraft draft,
            @AuthenticationPrincipal CurrentUser user) {
        return view(articles.revise(id, version, draft, user.username()));
    }

    @PostMapping("/{id}/submit")
    ArticleView submit(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return view(articles.submit(id, version, user.username()));
    }

    @PostMapping("/{id}/publish")
    ArticleView publish(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return view(articles.publish(id, version, user.username()));
    }

    @PostMapping("/{id}/return")
    ArticleView returnToAuthor(@PathVariable Long id, @RequestParam long version, @RequestBody ReturnRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return view(articles.returnToAuthor(id, version, request.reason(), user.username()));
    }

    @PostMapping("/{id}/withdraw")
    ArticleView withdraw(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user) {
        return view(articles.withdraw(id, version, user.username()));
    }

    @PostMapping("/{id}/attachments")
    ResponseEntity<AttachmentView> attach(@PathVariable Long id, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) {
        ArticleAttachment attachment = articles.attach(id, upload(file), user.username());
        AttachmentView view = AttachmentView.of(attachment, "/api/v1/operator/articles");
        return ResponseEntity.created(URI.create(view.url())).body(view);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId) {
        return AttachmentResponses.download(articles.download(id, attachmentId, true));
    }

    static ArticleService.Upload upload(MultipartFile file) {
        try {
            return new ArticleService.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded file failed", e);
        }
    }

    private ArticleView view(Article article) {
        return ArticleView.of(article, articles.attachmentsOf(article.getId()));
    }
}
