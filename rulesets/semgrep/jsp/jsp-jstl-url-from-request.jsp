<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib prefix="x" uri="http://java.sun.com/jsp/jstl/xml" %>
<c:import url="statement.xml" var="xml"/>
<!-- ruleid: jsp-jstl-url-from-request -->
<c:import url='${param["style"]}' var="xslt"/>
<x:transform xml="${xml}" xslt="${xslt}"/>
<!-- ruleid: jsp-jstl-url-from-request -->
<c:import url="${param.page}"/>
<!-- ruleid: jsp-jstl-url-from-request -->
<jsp:include page="<%= request.getParameter(\"section\") %>"/>
<!-- ruleid: jsp-jstl-url-from-request -->
<c:import url="/fragments/${header['X-Fragment']}.jsp"/>
<!-- ok: jsp-jstl-url-from-request -->
<c:import url="/fragments/footer.jsp"/>
<!-- ok: jsp-jstl-url-from-request -->
<jsp:include page="/WEB-INF/jsp/menu.jsp"/>
<!-- ok: jsp-jstl-url-from-request -->
<c:import url="${applicationScope.bannerUrl}"/>
<!-- ok: jsp-jstl-url-from-request -->
<c:out value="${param.page}"/>
